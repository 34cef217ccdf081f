import { PageHeading } from '../../components/PageHeading';
import { accessibilityConfig, COMPLAINT_URL } from '../../config/accessibility';
import { useLanguage } from '../../i18n/language';

/**
 * The accessibility statement, in the structure of Digitaliseringsstyrelsen's template (the EU model
 * statement): compliance status, content that is not accessible, how the statement was prepared,
 * feedback and contact, and the enforcement procedure.
 */
export function AccessibilityStatementPage() {
  const { t, language } = useLanguage();
  const a = t.accessibility;
  const { email, phone, preparedOn, reviewedOn } = accessibilityConfig;
  // "29. november 2026": the date alone, as the template writes it (no weekday).
  const date = (iso: string) =>
    new Intl.DateTimeFormat(language === 'da' ? 'da-DK' : 'en-GB', {
      day: 'numeric',
      month: 'long',
      year: 'numeric',
      timeZone: 'UTC',
    }).format(new Date(`${iso}T12:00:00Z`));
  return (
    <article className="article">
      <PageHeading>{a.title}</PageHeading>
      <p className="font-lead">{a.intro(window.location.origin)}</p>

      <h2>{a.statusHeading}</h2>
      <p>{a.status}</p>

      <h2>{a.knownHeading}</h2>
      <h3>{a.nonCompliantHeading}</h3>
      <ul>
        {a.nonCompliant.map((item) => (
          <li key={item}>{item}</li>
        ))}
      </ul>
      <h3>{a.burdenHeading}</h3>
      <p>{a.burden}</p>
      <h3>{a.outOfScopeHeading}</h3>
      <p>{a.outOfScope}</p>

      <h2>{a.preparationHeading}</h2>
      <p>{a.prepared(date(preparedOn))}</p>
      <p>{a.method}</p>
      <p>{a.reviewed(date(reviewedOn))}</p>

      <h2>{a.feedbackHeading}</h2>
      <p>{a.feedback}</p>
      <ul>
        <li>
          {a.emailLabel}: <a href={`mailto:${email}`}>{email}</a>
        </li>
        <li>
          {a.phoneLabel}: <a href={`tel:${phone.replace(/\s/g, '')}`}>{phone}</a>
        </li>
      </ul>

      <h2>{a.complaintHeading}</h2>
      <p>{a.complaint}</p>
      <p>
        <a href={COMPLAINT_URL} rel="noopener noreferrer">
          {a.complaintLink}
        </a>
      </p>
    </article>
  );
}
