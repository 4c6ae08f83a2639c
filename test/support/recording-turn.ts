import type { Person } from '../../src/directory/types';
import type { Scope } from '../../src/teams/activity-facts';
import type { Attachment, Turn } from '../../src/teams/turn';

/** One thing the bot did in a turn, in order. */
export type Sent =
  | { kind: 'text'; text: string }
  | { kind: 'attachment'; attachment: Attachment }
  | { kind: 'card'; card: object }
  | { kind: 'delete'; activityId: string };

/** A Turn that records what the bot sends, in order: for handler tests without botbuilder. */
export class RecordingTurn implements Turn {
  readonly sent: Sent[] = [];
  readonly where = {
    serviceUrl: 'https://smba.trafficmanager.net/uk/',
    conversationId: 'a:1conversation',
    conversationType: 'personal',
    tenantId: 'contoso-tenant',
  };
  readonly aadObjectId: string | undefined;

  constructor(
    readonly user: Person | undefined,
    readonly scope: Scope = 'personal',
  ) {
    this.aadObjectId = user?.aadObjectId;
  }

  async sendCard(card: object): Promise<string | undefined> {
    this.sent.push({ kind: 'card', card });
    return `activity-${this.sent.length}`;
  }
  async updateCard(): Promise<void> {
    throw new Error('not expected in this test');
  }
  async sendText(text: string): Promise<void> {
    this.sent.push({ kind: 'text', text });
  }
  async sendAttachment(attachment: Attachment): Promise<void> {
    this.sent.push({ kind: 'attachment', attachment });
  }
  async deleteMessage(activityId: string): Promise<void> {
    this.sent.push({ kind: 'delete', activityId });
  }

  get texts(): string[] {
    return this.sent.flatMap((s) => (s.kind === 'text' ? [s.text] : []));
  }
  get attachments(): Attachment[] {
    return this.sent.flatMap((s) => (s.kind === 'attachment' ? [s.attachment] : []));
  }
  get cards(): object[] {
    return this.sent.flatMap((s) => (s.kind === 'card' ? [s.card] : []));
  }
}
