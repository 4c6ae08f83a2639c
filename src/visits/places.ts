/** Where each councillor is in each visit's walkthrough: the step they were last on (or paused on). */
export interface PlaceStore {
  /** The step id, or undefined when none is kept (never started, or they reached the review). */
  get(aadObjectId: string, visitId: string): Promise<string | undefined>;
  /** Keeps the step they are on; undefined forgets it. */
  set(aadObjectId: string, visitId: string, stepId: string | undefined): Promise<void>;
}
