import { randomUUID } from 'node:crypto';

/** The Playground tenant and personas, as in directory.example.yaml and .m365agentsplayground.yml. */
export const TENANT = '00000000-0000-4000-8000-000000000001';
export const OTHER_TENANT = '99999999-0000-4000-8000-000000000001';
export const BOT = { id: '28:00000000-0000-4000-8000-000000000011', name: 'Frontline Visits' };

export interface Persona {
  readonly id: string;
  readonly name: string;
  readonly aadObjectId?: string;
}

export const persona = {
  councillor: {
    id: '29:cllr-morgan',
    name: 'Cllr Alex Morgan',
    aadObjectId: '00000000-0000-4000-8000-000000000101',
  },
  headOfService: {
    id: '29:hos-whitfield',
    name: 'Dana Whitfield',
    aadObjectId: '00000000-0000-4000-8000-000000000201',
  },
  director: {
    id: '29:director-doyle',
    name: 'Chris Doyle',
    aadObjectId: '00000000-0000-4000-8000-000000000203',
  },
  partnerships: {
    id: '29:sam-okafor',
    name: 'Sam Okafor',
    aadObjectId: '00000000-0000-4000-8000-000000000301',
  },
  secondCouncillor: {
    id: '29:cllr-shah',
    name: 'Cllr Priya Shah',
    aadObjectId: '00000000-0000-4000-8000-000000000102',
  },
  stranger: { id: '29:stranger', name: 'Pat Stranger', aadObjectId: '00000000-0000-4000-8000-000000000999' },
} satisfies Record<string, Persona>;

export interface Where {
  readonly conversationType: 'personal' | 'channel' | 'groupChat';
  readonly conversationId: string;
  readonly tenantId: string;
}

export const personalChat = (who: Persona): Where => ({
  conversationType: 'personal',
  conversationId: `a:personal-${who.id}`,
  tenantId: TENANT,
});
export const channel: Where = {
  conversationType: 'channel',
  conversationId: '19:partnerships@thread.tacv2',
  tenantId: TENANT,
};

/** A head of service's channel, where response requests for a service are posted once linked. */
export const responseChannel: Where = {
  conversationType: 'channel',
  conversationId: '19:hos-cin-cp@thread.tacv2',
  tenantId: TENANT,
};

type Activity = Record<string, unknown>;

/** The team both channels belong to. */
export const TEAM_ID = '19:childrens-services@thread.tacv2';

/**
 * An activity as Teams sends it. In a channel, a message's conversation is its own thread (the channel's id with
 * `;messageid=…` after it) and the channel and team come in channelData.
 */
function base(serviceUrl: string, from: Persona, where: Where): Activity {
  const id = randomUUID();
  const inChannel = where.conversationType === 'channel';
  return {
    id,
    channelId: 'msteams',
    serviceUrl,
    from,
    recipient: BOT,
    conversation: {
      id: inChannel ? `${where.conversationId};messageid=${id}` : where.conversationId,
      conversationType: where.conversationType,
      tenantId: where.tenantId,
    },
    channelData: {
      tenant: { id: where.tenantId },
      ...(inChannel ? { channel: { id: where.conversationId }, team: { id: TEAM_ID } } : {}),
    },
  };
}

/** A message typed by a person; in a channel it starts with an @mention of the bot, as Teams sends it. */
export function messageActivity(
  serviceUrl: string,
  from: Persona,
  text: string,
  where = personalChat(from),
): Activity {
  const mention = where.conversationType === 'personal' ? '' : `<at>${BOT.name}</at> `;
  return {
    ...base(serviceUrl, from, where),
    type: 'message',
    text: `${mention}${text}`,
    entities: mention ? [{ type: 'mention', text: `<at>${BOT.name}</at>`, mentioned: BOT }] : [],
  };
}

/** Teams' conversationUpdate when the app is installed: the bot is among membersAdded. */
export function botAddedActivity(serviceUrl: string, from: Persona, where = personalChat(from)): Activity {
  return { ...base(serviceUrl, from, where), type: 'conversationUpdate', membersAdded: [{ id: BOT.id }] };
}

/** Teams' invoke for an Action.Execute click: the verb, and the action's data with the card's inputs merged in. */
export function cardActionActivity(
  serviceUrl: string,
  from: Persona,
  verb: string,
  data: Record<string, unknown>,
  where = personalChat(from),
): Activity {
  return {
    ...base(serviceUrl, from, where),
    type: 'invoke',
    name: 'adaptiveCard/action',
    value: { action: { type: 'Action.Execute', verb, data }, trigger: 'manual' },
  };
}
