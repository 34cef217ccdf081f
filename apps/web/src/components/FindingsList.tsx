import { isInText, type Finding } from '../api/types';
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
          {finding.source === 'file' &&
            ` (${finding.part ? t.findings.inFilePart(t.findings.fileParts[finding.part] ?? finding.part) : t.findings.inFile})`}
          {finding.source === 'screenings' && ` (${t.findings.inScreening(screeningRow(finding.field))})`}
          {onSelect && isInText(finding) && (
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

function screeningRow(field: string | undefined): number {
  const index = /^screenings\.(\d+)/.exec(field ?? '')?.[1];
  return index === undefined ? 1 : Number(index) + 1;
}
