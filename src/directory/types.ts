/** What a person does in the visit process; decides what the bot offers them. */
export type Role = 'councillor' | 'partnerships' | 'responder';
export const ROLES: readonly Role[] = ['councillor', 'partnerships', 'responder'];

/** Someone in the directory, identified by their Microsoft Entra object id (never by display name). */
export interface Person {
  readonly aadObjectId: string;
  readonly name: string;
  readonly email: string;
  readonly role: Role;
  /** Job title shown beside responses, e.g. "Head of Service". */
  readonly title?: string;
}

/** An intake team that councillors visit, with how often and who responds to the visit reports. */
export interface Service {
  readonly id: string;
  readonly name: string;
  readonly cadenceMonths: number;
  /** aadObjectIds of the people who must respond, in the order the directory lists them. */
  readonly responderIds: readonly string[];
  /** Its place in the directory file: the committee report lists services in this order. */
  readonly order?: number;
  /** The committee report's heading for it, when services share one (the two CIN/CP teams); else its name. */
  readonly reportHeading?: string;
}

export interface Directory {
  readonly people: readonly Person[];
  readonly services: readonly Service[];
}
