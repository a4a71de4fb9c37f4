import type { TagView } from '../org/record-fields';

export function TagList({ tags }: { tags: readonly TagView[] }) {
  if (tags.length === 0) return null;
  return (
    <ul className="tags" aria-label="Tags">
      {tags.map((tag) => (
        <li key={tag.name} className="tag" style={tag.color ? { borderLeftColor: tag.color } : undefined}>
          {tag.name}
        </li>
      ))}
    </ul>
  );
}
