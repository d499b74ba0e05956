import { Text } from "@fluentui/react-components";

/** 「已经载入过…」: a file chosen again is said so, not loaded twice. */
export function FileNotices({ notices }: { notices: readonly string[] }) {
  if (notices.length === 0) return null;
  return (
    <div role="status" className="stack" data-testid="file-notices">
      {notices.map((notice) => (
        <Text key={notice} size={200} data-testid="file-notice">
          {notice}
        </Text>
      ))}
    </div>
  );
}
