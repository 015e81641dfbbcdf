/** One run of a word-level diff. */
export interface DiffPart {
  kind: 'same' | 'removed' | 'added';
  text: string;
}

/** The same word whatever space follows it: the last word of a paragraph is still the same when a paragraph is added after it. */
const same = (x: string, y: string): boolean => x.trimEnd() === y.trimEnd();

/** Words with the spaces that follow them, so a run of changed words is one run (leading spaces are a token). */
const tokens = (text: string): string[] => text.match(/^\s+|\S+\s*/g) ?? [];

/**
 * A word-level diff of two texts (longest common subsequence over words); adjacent runs
 * of the same kind are merged. Meant for field-sized texts: the table is words × words.
 */
export const wordDiff = (before: string, after: string): DiffPart[] => {
  const a = tokens(before);
  const b = tokens(after);
  const lengths: number[][] = Array.from({ length: a.length + 1 }, () => new Array<number>(b.length + 1).fill(0));
  for (let i = a.length - 1; i >= 0; i--) {
    for (let j = b.length - 1; j >= 0; j--) {
      lengths[i]![j] = same(a[i]!, b[j]!) ? lengths[i + 1]![j + 1]! + 1 : Math.max(lengths[i + 1]![j]!, lengths[i]![j + 1]!);
    }
  }

  const parts: DiffPart[] = [];
  const push = (kind: DiffPart['kind'], text: string) => {
    const last = parts[parts.length - 1];
    if (last?.kind === kind) {
      last.text += text;
    } else {
      parts.push({ kind, text });
    }
  };
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    if (same(a[i]!, b[j]!)) {
      i++;
      push('same', b[j++]!);
    } else if (lengths[i + 1]![j]! >= lengths[i]![j + 1]!) {
      push('removed', a[i++]!);
    } else {
      push('added', b[j++]!);
    }
  }
  while (i < a.length) push('removed', a[i++]!);
  while (j < b.length) push('added', b[j++]!);
  return parts;
};
