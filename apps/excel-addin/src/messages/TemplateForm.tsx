import {
  Button,
  Checkbox,
  Dropdown,
  Field,
  Input,
  Option,
  Radio,
  RadioGroup,
  Text,
  tokens,
} from "@fluentui/react-components";
import type { TemplateId, TemplatesConfig } from "@syt/templates";
import {
  ACTIONS,
  EMPTY_LINE,
  type FieldSpec,
  FORMS,
  type FormValues,
  type LineValue,
  lineLabel,
  PLATFORM_NAMES,
} from "./forms";
import { useStyles } from "./styles";

export interface FieldMessage {
  text: string;
  state: "error" | "warning";
}

interface TemplateFormProps {
  id: TemplateId;
  values: FormValues;
  onChange: (values: FormValues) => void;
  /** The library's messages, by field key, for the fields the operator has been to. */
  messages: ReadonlyMap<string, FieldMessage>;
  onTouch: (key: string) => void;
  config: TemplatesConfig | undefined;
}

function validation(message: FieldMessage | undefined) {
  return message ? { validationState: message.state, validationMessage: message.text } : {};
}

/** A template's fields, each labelled (Fluent Field) and showing the library's message for it. */
export function TemplateForm({ id, values, onChange, messages, onTouch, config }: TemplateFormProps) {
  const styles = useStyles();
  const spec = FORMS[id];
  const setText = (key: string, value: string) =>
    onChange({ ...values, text: { ...values.text, [key]: value } });
  const setList = (key: string, value: string[]) =>
    onChange({ ...values, lists: { ...values.lists, [key]: value } });
  const setLine = (index: number, line: LineValue) =>
    onChange({ ...values, lines: values.lines.map((old, i) => (i === index ? line : old)) });

  if (spec.fields.length === 0 && !spec.lines) {
    return <Text>这条消息没有要填写的内容。</Text>;
  }

  const field = (f: FieldSpec) => {
    const message = messages.get(f.key);
    const value = values.text[f.key] ?? "";
    const hint = f.hint;
    switch (f.kind) {
      case "platform":
        return (
          <Field key={f.key} label={f.label} hint={hint} required={!f.optional} {...validation(message)}>
            <Dropdown
              placeholder="选择平台"
              value={value}
              selectedOptions={value ? [value] : []}
              onOptionSelect={(_, data) => setText(f.key, data.optionValue ?? "")}
              onBlur={() => onTouch(f.key)}
            >
              {PLATFORM_NAMES.map((name) => (
                <Option key={name} value={name}>
                  {name}
                </Option>
              ))}
            </Dropdown>
          </Field>
        );
      case "handler":
        if (config) {
          return (
            <Field key={f.key} label={f.label} hint={hint} required {...validation(message)}>
              <Dropdown
                placeholder="选择处理人"
                value={value}
                selectedOptions={value ? [value] : []}
                onOptionSelect={(_, data) => setText(f.key, data.optionValue ?? "")}
                onBlur={() => onTouch(f.key)}
              >
                {config.handlers.map((handler) => (
                  <Option key={handler.name} value={handler.name}>
                    {handler.name}
                  </Option>
                ))}
              </Dropdown>
            </Field>
          );
        }
        break;
      case "action":
        return (
          <Field key={f.key} label={f.label} {...validation(message)}>
            <RadioGroup
              value={value || "down"}
              onChange={(_, data) => setText(f.key, data.value)}
              layout="horizontal"
            >
              {ACTIONS.map((action) => (
                <Radio key={action.value} value={action.value} label={action.label} />
              ))}
            </RadioGroup>
          </Field>
        );
      case "platforms": {
        const chosen = values.lists[f.key] ?? [];
        return (
          <fieldset
            key={f.key}
            className={styles.line}
            aria-describedby={message ? `${id}-${f.key}-message` : undefined}
          >
            <legend>{`${f.label}（可多选）`}</legend>
            <div className={styles.row}>
              {PLATFORM_NAMES.map((name) => (
                <Checkbox
                  key={name}
                  label={name}
                  checked={chosen.includes(name)}
                  onChange={(_, data) => {
                    onTouch(f.key);
                    setList(
                      f.key,
                      data.checked ? [...chosen, name] : chosen.filter((other) => other !== name),
                    );
                  }}
                />
              ))}
            </div>
            {message ? (
              <Text
                id={`${id}-${f.key}-message`}
                size={200}
                style={{ color: tokens.colorPaletteRedForeground1 }}
                role="alert"
              >
                {message.text}
              </Text>
            ) : null}
          </fieldset>
        );
      }
      default:
        break;
    }
    return (
      <Field key={f.key} label={f.label} hint={hint} required={!f.optional} {...validation(message)}>
        <Input
          value={value}
          inputMode={f.kind === "number" ? "numeric" : undefined}
          onChange={(_, data) => setText(f.key, data.value)}
          onBlur={() => onTouch(f.key)}
          data-field={f.key}
        />
      </Field>
    );
  };

  const linesMessage = messages.get("lines");
  return (
    <div className={styles.form} data-testid="template-form">
      {spec.fields.map(field)}
      {spec.lines ? (
        <>
          {values.lines.map((line, index) => {
            const key = `lines.${index}`;
            const cell = (name: keyof LineValue, numeric = false) => (
              <Field label={lineLabel(id, name)} required {...validation(messages.get(`${key}.${name}`))}>
                <Input
                  value={line[name]}
                  inputMode={numeric ? "numeric" : undefined}
                  onChange={(_, data) => setLine(index, { ...line, [name]: data.value })}
                  onBlur={() => onTouch(`${key}.${name}`)}
                  data-field={`${key}.${name}`}
                />
              </Field>
            );
            return (
              // biome-ignore lint/suspicious/noArrayIndexKey: product rows have no identity but their place
              <fieldset key={index} className={styles.line}>
                <legend>{`商品第 ${index + 1} 行`}</legend>
                {cell("product")}
                {cell("quantity", true)}
                {cell("sku")}
                {values.lines.length > 1 ? (
                  <Button
                    appearance="subtle"
                    onClick={() => onChange({ ...values, lines: values.lines.filter((_, i) => i !== index) })}
                  >
                    {`删除第 ${index + 1} 行`}
                  </Button>
                ) : null}
              </fieldset>
            );
          })}
          {linesMessage ? (
            <Text size={200} style={{ color: tokens.colorPaletteRedForeground1 }} role="alert">
              {linesMessage.text}
            </Text>
          ) : null}
          <div className={styles.row}>
            <Button onClick={() => onChange({ ...values, lines: [...values.lines, EMPTY_LINE] })}>
              添加商品
            </Button>
          </div>
        </>
      ) : null}
    </div>
  );
}
