import type { Finding } from '../api/types';
import { useLanguage } from '../i18n/language';

interface FindingsListProps {
  findings: Finding[];
  /** When given, each finding gets a button that selects it in the text field. */
  onSelect?: (finding: Finding) => void;
}

export function FindingsList({ findings, onSelect }: FindingsListProps) {
  const { t } = useLanguage();
  return (
    <ul className="findings-list">
      {findings.map((finding, index) => (
        <li key={`${finding.start}-${finding.end}-${index}`}>
          {t.findings.item(t.findings.types[finding.type] ?? finding.type, finding.excerpt)}
          {onSelect && (
            <>
              {' '}
              <button type="button" className="function-link" onClick={() => onSelect(finding)}>
                {t.findings.selectInText}
                <span className="sr-only">: {t.findings.types[finding.type] ?? finding.type}</span>
              </button>
            </>
          )}
        </li>
      ))}
    </ul>
  );
}
