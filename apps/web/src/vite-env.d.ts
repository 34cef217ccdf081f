/// <reference types="vite/client" />

interface ImportMetaEnv {
  readonly VITE_ACCESSIBILITY_EMAIL?: string;
  readonly VITE_ACCESSIBILITY_PHONE?: string;
  readonly VITE_ACCESSIBILITY_PREPARED_ON?: string;
  readonly VITE_ACCESSIBILITY_REVIEWED_ON?: string;
}
