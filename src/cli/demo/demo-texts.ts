type Area = 'outcomes' | 'support' | 'other';
type Lens = 'working-well' | 'worries' | 'next-steps';

/** The steps of the Signs of Safety form (v2) that every demo visit answers. */
export type DemoStepId = 'staff' | `${Area}.${Lens}` | 'covid' | 'comments';

/**
 * One demo visit's words: every answer, in the voice of councillors' notes (roles, never names or personal
 * details), and each responder's response in the order the service lists its responders.
 */
export interface VisitTexts {
  readonly answers: Readonly<Record<DemoStepId, string>>;
  readonly responses: readonly string[];
}

/** Points as a councillor types them into the form: one "- " line each. */
export const bullets = (...points: string[]): string => points.map((point) => `- ${point}`).join('\n');
