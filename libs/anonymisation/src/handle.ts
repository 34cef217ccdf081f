import { Span } from './types';

/*
 * User names that lead to one child online or in the school's systems:
 * - "@emil_2013" (a handle written the way the platforms show it; an e-mail address is not a handle),
 * - profile addresses ("instagram.com/emil.lund", "tiktok.com/@sofie13"),
 * - a user name after the platform's name ("Snapchat: sofie_xo", "hans brugernavn på Roblox er Emil2013"),
 * - UNI-login, the user name every Danish pupil has ("UNI-login: emil4521").
 * After a platform name only a token that looks like a user name (digits, "_" or ".") is taken, so
 * "Hun er meget på Instagram: hun poster …" is left alone.
 */
const AT_HANDLE = /(?<![\p{L}\p{N}._%+@-])@[\p{L}\p{N}_](?:[\p{L}\p{N}_.]{0,29}[\p{L}\p{N}_])?/gu;
const PROFILE_URL =
  /(?<![\p{L}\p{N}])(?:https?:\/\/)?(?:www\.|m\.|vm\.)?(?:facebook|fb|instagram|tiktok|snapchat|twitter|x|youtube|linkedin|twitch|reddit|pinterest|discord|threads|bsky|roblox)\.(?:com|gg|net|app|social)\/[^\s<>"')\]]+/giu;
// Longest first: "instagram" must not be read as "insta" followed by a user name "gram".
const PLATFORM = `(?:${[
  'snapchat',
  'snap',
  'insta',
  'instagram',
  'tiktok',
  'tik tok',
  'facebook',
  'messenger',
  'discord',
  'roblox',
  'minecraft',
  'fortnite',
  'steam',
  'xbox',
  'playstation',
  'psn',
  'twitch',
  'youtube',
  'twitter',
  'telegram',
  'whatsapp',
  'bereal',
  'gamertag',
  'brugernavnet',
  'brugernavn',
  'profilnavnet',
  'profilnavn',
  // Not "profil": a child's cognitive profile has numbers ("profil: 85-92-79").
  'kaldenavnet',
  'kaldenavn',
]
  .sort((a, b) => b.length - a.length)
  .join('|')})`;
const AFTER_PLATFORM = new RegExp(
  String.raw`(?<![\p{L}])${PLATFORM}(?:-?(?:profil(?:en)?|navn(?:et)?|bruger(?:en)?|konto(?:en)?|id))?[ \t]*(?:(?:på|i)[ \t]+\p{L}+[ \t]*)?(?::|er|hedder|som|=)?[ \t]*["“']?(?<handle>@?[\p{L}\p{N}][\p{L}\p{N}._#-]{1,31})`,
  'giu',
);
const UNI_LOGIN = new RegExp(
  String.raw`(?<![\p{L}])(?:uni-?login|uni login|unilogin)(?:-?(?:id|brugernavn|navn(?:et)?))?[ \t]*(?:er|:|\(|=)?[ \t]*["“']?(?<handle>[\p{L}\p{N}][\p{L}\p{N}._-]{2,19})`,
  'giu',
);

export function findHandles(text: string): Span[] {
  const spans: Span[] = [];
  for (const pattern of [AT_HANDLE, PROFILE_URL]) {
    for (const match of text.matchAll(pattern)) {
      const value = match[0].replace(/[.,;:!?]+$/, '');
      spans.push({ type: 'handle', start: match.index, end: match.index + value.length });
    }
  }
  for (const pattern of [AFTER_PLATFORM, UNI_LOGIN]) {
    for (const match of text.matchAll(pattern)) {
      const raw = match.groups?.handle ?? '';
      const value = raw.replace(/[.,;:!?-]+$/, '');
      if (!looksLikeUserName(value)) continue;
      const start = match.index + match[0].length - raw.length;
      spans.push({ type: 'handle', start, end: start + value.length });
    }
  }
  return spans;
}

/**
 * A user name has a letter, and a digit, "_", "." or "#" in it, or starts with "@"; a plain word is just
 * the sentence, and digits alone are a number ("85-92-79").
 */
function looksLikeUserName(value: string): boolean {
  if (value.length < 3 || !/\p{L}/u.test(value)) return false;
  return /^@/.test(value) || /[\p{N}_.#]/u.test(value.replace(/^\./, ''));
}
