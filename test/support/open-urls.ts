/** Every Action.OpenUrl on a card (body ActionSets and the card's own actions), in order. */
export function openUrls(card: unknown): { title: string; url: string }[] {
  const found: { title: string; url: string }[] = [];
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) node.forEach(walk);
    else if (node && typeof node === 'object') {
      const n = node as Record<string, unknown>;
      if (n.type === 'Action.OpenUrl') found.push({ title: String(n.title), url: String(n.url) });
      Object.values(n).forEach(walk);
    }
  };
  walk(card);
  return found;
}
