import { PageHeading } from '../../components/PageHeading';
import { useLanguage } from '../../i18n/language';
import { Link } from '../../routing/router';

export function NotFoundPage() {
  const { t } = useLanguage();
  return (
    <>
      <PageHeading>{t.errors.notFoundTitle}</PageHeading>
      <p>{t.errors.notFoundText}</p>
      <p>
        <Link to="/">{t.errors.toFrontPage}</Link>
      </p>
    </>
  );
}

export function ForbiddenPage() {
  const { t } = useLanguage();
  return (
    <>
      <PageHeading>{t.errors.forbiddenTitle}</PageHeading>
      <p>{t.errors.forbiddenText}</p>
      <p>
        <Link to="/">{t.errors.toFrontPage}</Link>
      </p>
    </>
  );
}
