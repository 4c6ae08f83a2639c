/** A card as a message to send: the activity's attachment, as the outbox stores it. */
export const cardActivity = (content: object): Record<string, unknown> => ({
  attachments: [{ contentType: 'application/vnd.microsoft.card.adaptive', content }],
});
