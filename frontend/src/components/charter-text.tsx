import type { CharterVersion } from '@/lib/api/types';

/** The charter body is plain text whose paragraphs are separated by blank lines. */
export function CharterText({ charter, headingLevel = 2 }: { charter: CharterVersion; headingLevel?: 2 | 3 }) {
  const Heading = `h${headingLevel}` as const;
  return (
    <article className="charter">
      <Heading className="charter__title">{charter.title}</Heading>
      {charter.body
        .split(/\n\s*\n/)
        .map((paragraph) => paragraph.trim())
        .filter(Boolean)
        .map((paragraph, index) => (
          <p key={index}>{paragraph}</p>
        ))}
    </article>
  );
}
