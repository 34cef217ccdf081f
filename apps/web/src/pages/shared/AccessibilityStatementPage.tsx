import { PageHeading } from '../../components/PageHeading';
import { useLanguage } from '../../i18n/language';

export function AccessibilityStatementPage() {
  const { t } = useLanguage();
  const a = t.accessibility;
  return (
    <article className="article">
      <PageHeading>{a.title}</PageHeading>
      <p className="font-lead">{a.intro}</p>
      <h2>{a.statusHeading}</h2>
      <p>{a.status}</p>
      <h2>{a.knownHeading}</h2>
      <p>{a.known}</p>
      <h2>{a.feedbackHeading}</h2>
      <p>{a.feedback}</p>
      <h2>{a.complaintHeading}</h2>
      <p>{a.complaint}</p>
      <p className="small-text">{a.updated}</p>
    </article>
  );
}
