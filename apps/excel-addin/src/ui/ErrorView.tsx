import { Button, MessageBar, MessageBarBody, MessageBarTitle } from "@fluentui/react-components";
import { useState } from "react";
import type { OperatorMessage } from "./describe-error";
import { copyText } from "./save";

export function ErrorView({ message }: { message: OperatorMessage }) {
  const [copied, setCopied] = useState(false);
  if (message.kind === "cancelled") {
    return (
      <MessageBar intent="info">
        <MessageBarBody>{message.title}</MessageBarBody>
      </MessageBar>
    );
  }
  if (message.kind === "fixable") {
    return (
      <MessageBar intent="warning" layout="multiline" role="alert">
        <MessageBarBody>
          <MessageBarTitle>{message.title}</MessageBarTitle>
          {message.action}
        </MessageBarBody>
      </MessageBar>
    );
  }
  return (
    <MessageBar intent="error" layout="multiline" role="alert">
      <MessageBarBody>
        <MessageBarTitle>{message.title}</MessageBarTitle>
        <pre className="details">{message.details}</pre>
        <Button size="small" onClick={async () => setCopied(await copyText(message.details))}>
          {copied ? "已复制" : "复制详细信息"}
        </Button>
      </MessageBarBody>
    </MessageBar>
  );
}
