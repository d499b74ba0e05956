import { Button, Field, SearchBox, Text } from "@fluentui/react-components";
import { CHANNEL_NAMES_ZH, TEMPLATES, type Template, type TemplateId } from "@syt/templates";
import { needsConfig } from "./forms";
import { useStyles } from "./styles";

const NEEDS_CONFIG = new Set(TEMPLATES.filter(needsConfig).map((template) => template.id));

export function templateNeedsConfig(id: TemplateId): boolean {
  return NEEDS_CONFIG.has(id);
}

/** Matches the operators' name, the channel (买家, 快递群…) or the id, ignoring case and spaces. */
export function matchTemplates(query: string): Template[] {
  const words = query.trim().toLowerCase().split(/\s+/).filter(Boolean);
  return TEMPLATES.filter((template) => {
    const haystack = `${template.title} ${CHANNEL_NAMES_ZH[template.channel]} ${template.id}`.toLowerCase();
    return words.every((word) => haystack.includes(word));
  });
}

interface TemplateListProps {
  query: string;
  onQuery: (query: string) => void;
  selected: TemplateId;
  onSelect: (id: TemplateId) => void;
  /** A usable configuration is saved: templates that need one no longer say so. */
  configured: boolean;
}

/** Every template of the library, in the order of the operators' day, narrowed by the search box. */
export function TemplateList({ query, onQuery, selected, onSelect, configured }: TemplateListProps) {
  const styles = useStyles();
  const shown = matchTemplates(query);
  return (
    <section className={styles.section} aria-labelledby="messages-templates-title">
      <Text as="h2" id="messages-templates-title" weight="semibold" size={400}>
        模板
      </Text>
      <Field label="搜索模板" hint="按名称或对象，如 拦截、买家、邮件">
        <SearchBox value={query} onChange={(_, data) => onQuery(data.value)} />
      </Field>
      <Text size={200} aria-live="polite">{`${shown.length} 个模板`}</Text>
      <ul className={styles.list} aria-label="模板列表">
        {shown.map((template) => (
          <li key={template.id}>
            <Button
              className={styles.choice}
              appearance={template.id === selected ? "primary" : "subtle"}
              aria-pressed={template.id === selected}
              onClick={() => onSelect(template.id)}
              data-template={template.id}
            >
              <span className={styles.choiceText}>
                <span>{template.title}</span>
                <span className={template.id === selected ? undefined : styles.choiceMeta}>
                  {CHANNEL_NAMES_ZH[template.channel]}
                  {NEEDS_CONFIG.has(template.id) && !configured ? " · 需要配置" : ""}
                </span>
              </span>
            </Button>
          </li>
        ))}
      </ul>
      {shown.length === 0 ? <Text>没有名称含这些字的模板。</Text> : null}
    </section>
  );
}
