import { escapeMarkdown } from '../cards/escape';
import type { CommandSection, InfoCardData } from '../cards/info-card';
import type { Person, Service } from '../directory/types';
import type { Scope } from './activity-facts';
import type { Command } from './commands/command';

const PRODUCT = 'Frontline Visits';
const PRIVACY_NOTE =
  'Notes are about services and staff, never about children or families. ' +
  'Leave out names and anything else that identifies a person.';

export interface IntroductionInput {
  readonly scope: Scope;
  readonly user: Person | undefined;
  readonly aadObjectId: string | undefined;
  /** Services the user responds for (heads of service and other responders). */
  readonly servicesResponded: readonly Service[];
  /** Every command this person may use, wherever it works. */
  readonly commands: readonly Command[];
}

/** The welcome card's content: what the bot does for this person here, or how to get added. */
export function welcomeData(input: IntroductionInput): InfoCardData {
  const { scope, user } = input;
  const heading =
    scope === 'personal' && user ? `Welcome, ${escapeMarkdown(user.name)}` : `Welcome to ${PRODUCT}`;
  return {
    heading,
    paragraphs: introduce(input),
    sections: sections(input.scope, input.commands),
    footnote: scope === 'personal' && user?.role === 'councillor' ? PRIVACY_NOTE : '',
  };
}

/** The help card's content: the commands for this scope and role, and one line of context. */
export function helpData(input: IntroductionInput): InfoCardData {
  return {
    heading: `${PRODUCT}: help`,
    paragraphs: introduce(input).slice(0, 1),
    sections: sections(input.scope, input.commands),
    footnote: '',
  };
}

function introduce({ scope, user, aadObjectId, servicesResponded }: IntroductionInput): string[] {
  if (scope === 'team') {
    return [
      'In a team I post two kinds of message: visit reports for a head of service to respond to, and ' +
        "scheduling nudges for the Children's Development and Partnerships team.",
      'A partnerships officer chooses which channel gets which. Councillors record visits in a personal chat with me.',
    ];
  }
  if (scope === 'groupChat') {
    return [
      "Visits are recorded in a personal chat with me, and responses are given in the service's team channel.",
    ];
  }
  switch (user?.role) {
    case 'councillor':
      return [
        "I help you record your frontline visits to children's social care intake teams (Laming, Recommendation 41).",
        'For each visit I walk you through the form here, one question at a time: what is working well, what are ' +
          'we worried about and what needs to happen. Your answers are saved as you go.',
        'When you submit, the head of service is asked to respond, and I bring the response back to you here.',
      ];
    case 'partnerships':
      return [
        "I help the Children's Development and Partnerships team run the visit rota: visits due, forms overdue and " +
          "responses overdue come to your team's channel. Type **report** for the committee report's figures; " +
          'in this chat it also gives you the Word paper.',
      ];
    case 'responder': {
      const names = servicesResponded.map((s) => escapeMarkdown(s.name));
      const which = names.length > 0 ? names.join('; ') : 'your services';
      return [
        `When councillors submit a visit report for ${which}, I post it in the service's channel so that you can ` +
          'respond from the card. The councillors receive the response here in Teams.',
      ];
    }
    default:
      return [
        `${PRODUCT} helps councillors, heads of service and the partnerships team run frontline visits to ` +
          "children's social care intake teams.",
        "You are not in the directory yet, so there is nothing for you to do here. Ask the Children's Development " +
          `and Partnerships team to add you, quoting your Teams user id: ${aadObjectId ?? '(not available here)'}.`,
      ];
  }
}

const ELSEWHERE: Partial<Record<Scope, string>> = {
  personal: `In a personal chat with me (open ${PRODUCT} from the Teams app bar)`,
  team: `In your team's channel (mention me first, e.g. @${PRODUCT} rota)`,
};

/** The commands that work here first, then those that work elsewhere, each under where to type them. */
function sections(scope: Scope, commands: readonly Command[]): CommandSection[] {
  const here = commands.filter((c) => c.scopes.includes(scope));
  const hereHeading =
    scope === 'personal'
      ? 'What you can type here'
      : `What you can type here (mention me first, e.g. @${PRODUCT} help)`;
  const elsewhere = (Object.keys(ELSEWHERE) as Scope[])
    .filter((place) => place !== scope)
    .map((place) => ({
      heading: ELSEWHERE[place]!,
      commands: listed(commands.filter((c) => c.scopes.includes(place) && !c.scopes.includes(scope))),
    }));
  return [{ heading: hereHeading, commands: listed(here) }, ...elsewhere].filter(
    (s) => s.commands.length > 0,
  );
}

function listed(commands: readonly Command[]): { name: string; description: string }[] {
  return commands.map(({ name, description }) => ({ name, description }));
}

const ROLE_NAMES = {
  councillor: 'councillors',
  partnerships: 'the partnerships team',
  responder: 'responders',
};

/**
 * What to say when someone types a command that exists but is not theirs here: not in the directory (and how
 * to be added), the right command in the wrong place (and where it works), or another role's command.
 */
export function notHere(
  command: Command,
  scope: Scope,
  user: Person | undefined,
  aadObjectId: string | undefined,
): string {
  const name = `**${command.name}**`;
  if (!user && command.roles) {
    return (
      `You are not in the directory yet, so ${name} is not available to you. Ask the Children's Development and ` +
      `Partnerships team to add you, quoting your Teams user id: ${aadObjectId ?? '(not available here)'} ` +
      '(type **whoami** to see it again).'
    );
  }
  const roleMayUseIt = !command.roles || (user !== undefined && command.roles.includes(user.role));
  if (roleMayUseIt) {
    return command.scopes.includes('personal')
      ? `${name} works in a personal chat with me: open ${PRODUCT} from the Teams app bar and type it there.`
      : `${name} works in a team channel: mention me there first, e.g. @${PRODUCT} ${command.name}.`;
  }
  const who = command.roles!.map((r) => ROLE_NAMES[r]).join(' and ');
  return `${name} is for ${who}. Type **help** to see what you can do.`;
}
