/**
 * Plain text from a pack as paragraphs: a blank line starts a new one. Never parsed as markup. With
 * `seen`, the first use of each glossary term becomes a link to it (see TermText).
 */
import { TermText } from '../glossary/TermText.tsx';

export function Paragraphs({
  text,
  className,
  seen,
}: {
  text: string;
  className?: string;
  seen?: Set<string>;
}) {
  return (
    <div className={className}>
      {text
        .split(/\n\s*\n/)
        .map((paragraph) => paragraph.trim())
        .filter(Boolean)
        .map((paragraph, i) => (
          <p key={i}>{seen ? <TermText text={paragraph} seen={seen} /> : paragraph}</p>
        ))}
    </div>
  );
}
