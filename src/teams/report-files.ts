import { escapeMarkdown } from '../cards/escape';
import type { Reports } from '../report/reports';
import { parsePeriod } from '../report/period';
import type { Period } from '../report/types';
import { writeCommitteePaper } from '../documents/committee-paper-docx';
import { firstLine } from '../kernel/errors';
import type { Logger } from '../kernel/log';
import type { Attachment, Turn } from './turn';

/** Puts a file's bytes at the upload URL Teams gave (the person's OneDrive). */
export type Upload = (uploadUrl: string, body: Buffer) => Promise<void>;

export interface ReportFileDeps {
  readonly reports: Pick<Reports, 'export'>;
  readonly upload: Upload;
  readonly log: Logger;
}

const CONSENT = 'application/vnd.microsoft.teams.card.file.consent';
const FILE_INFO = 'application/vnd.microsoft.teams.card.file.info';

/** The committee paper as a file consent card: Teams asks the person where to save it, then calls back. */
export async function offerPaper(turn: Turn, deps: ReportFileDeps, period: Period): Promise<void> {
  const user = turn.user!;
  // Only offered: the download is recorded when the person accepts it.
  const exported = await deps.reports.export(period, user, 'docx', false, { record: false });
  if (!exported.released) {
    const lines = exported.hits
      .slice(0, 10)
      .map((hit) => `- ${hit.kind} (${escapeMarkdown(hit.sample)}) in ${escapeMarkdown(hit.where)}`);
    return turn.sendText(
      `The paper may hold personal details, so I have not offered it as a file. Fix these in the draft (a head of service's comment: ask them to correct their response), then type **report ${period.key}** again:\n\n${lines.join('\n')}`,
    );
  }
  const body = await writeCommitteePaper(exported.paper);
  const attachment: Attachment = {
    contentType: CONSENT,
    name: `Committee report ${period.key}.docx`,
    content: {
      description: `The committee paper for ${period.label}, drafted from the visits.`,
      sizeInBytes: body.length,
      acceptContext: { periodKey: period.key },
      declineContext: { periodKey: period.key },
    },
  };
  await turn.sendAttachment(attachment);
}

interface ConsentValue {
  action?: unknown;
  context?: { periodKey?: unknown };
  uploadInfo?: {
    uploadUrl?: unknown;
    contentUrl?: unknown;
    name?: unknown;
    uniqueId?: unknown;
    fileType?: unknown;
  };
}

/**
 * Teams' answer to the consent card (`fileConsent/invoke`): on Allow, writes the paper as it is now to the
 * upload URL and posts the file's card; on Decline, says nothing was sent. The consent card is removed either way.
 */
export async function answerConsent(
  turn: Turn,
  deps: ReportFileDeps,
  value: unknown,
  consentCardId: string | undefined,
): Promise<void> {
  const consent = (value ?? {}) as ConsentValue;
  const removeCard = async (): Promise<void> => {
    if (consentCardId) await turn.deleteMessage(consentCardId).catch(() => undefined);
  };
  if (turn.user?.role !== 'partnerships') {
    return turn.sendText('Only the partnerships team can download the committee report.');
  }
  const period = parsePeriod(typeof consent.context?.periodKey === 'string' ? consent.context.periodKey : '');
  if ('problem' in period)
    return turn.sendText('That download offer is no longer valid: type **report** again.');
  if (consent.action !== 'accept') {
    await removeCard();
    return turn.sendText(`No file was saved. Type **report ${period.key}** whenever you want the paper.`);
  }
  const info = consent.uploadInfo ?? {};
  if (typeof info.uploadUrl !== 'string' || typeof info.contentUrl !== 'string') {
    return turn.sendText(
      'Teams did not say where to save the file; nothing was saved. Type **report** again.',
    );
  }
  const exported = await deps.reports.export(period, turn.user, 'docx', false);
  if (!exported.released) {
    return turn.sendText(
      `The draft changed and now may hold personal details: type **report ${period.key}** again.`,
    );
  }
  try {
    await deps.upload(info.uploadUrl, await writeCommitteePaper(exported.paper));
  } catch (error) {
    deps.log.warn('Committee paper upload failed', { error: firstLine(error) });
    return turn.sendText(
      'Saving the file to your OneDrive failed; nothing was lost. Type **report** to try again.',
    );
  }
  await removeCard();
  await turn.sendAttachment({
    contentType: FILE_INFO,
    name: typeof info.name === 'string' ? info.name : `Committee report ${period.key}.docx`,
    contentUrl: info.contentUrl,
    content: { uniqueId: info.uniqueId, fileType: info.fileType ?? 'docx' },
  });
}

/**
 * Uploads with one PUT, as Teams' file consent flow expects (the whole file in a single range), and only to
 * OneDrive for Business (SharePoint) over HTTPS: the URL arrives in an activity, and the paper must go nowhere else.
 */
export const uploadToOneDrive: Upload = async (uploadUrl, body) => {
  if (!isOneDriveUrl(uploadUrl)) throw new Error('the upload address is not a OneDrive for Business one');
  const response = await fetch(uploadUrl, {
    method: 'PUT',
    redirect: 'error',
    signal: AbortSignal.timeout(60_000),
    headers: {
      'Content-Length': String(body.length),
      'Content-Range': `bytes 0-${body.length - 1}/${body.length}`,
    },
    body,
  });
  if (!response.ok) throw new Error(`upload answered ${response.status}`);
};

/** An https address on SharePoint Online (where OneDrive for Business keeps files), as Teams' uploadUrl is. */
export function isOneDriveUrl(address: string): boolean {
  try {
    const url = new URL(address);
    return url.protocol === 'https:' && /(^|\.)sharepoint\.com$/i.test(url.hostname);
  } catch {
    return false;
  }
}
