import { Fragment } from 'react';

/**
 * A value with a line-break opportunity after each "@", so an email too wide for its column wraps as
 * "pat.boyle@ / zylker.com" instead of at an arbitrary letter ("zylker.co / m"). The text is unchanged.
 */
export function BreakAfterAt({ text }: { text: string }) {
  const parts = text.split('@');
  if (parts.length === 1) return text;
  return parts.map((part, index) => (
    <Fragment key={index}>
      {part}
      {index < parts.length - 1 ? (
        <>
          @<wbr />
        </>
      ) : null}
    </Fragment>
  ));
}
