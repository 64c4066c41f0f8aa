/**
 * Mapping tables of the two legacy 8-bit Vietnamese font encodings that old
 * party and government archives were typed in before Unicode:
 *
 * - **TCVN3** (TCVN 5712:1993 "VN3", the ABC input method, ".VnTime" fonts):
 *   one byte per precomposed letter. Only lowercase letters exist with tone
 *   marks; the uppercase ".VnTimeH" fonts draw the lowercase codes as capitals,
 *   so decoding them yields lowercase letters. The seven uppercase letters
 *   Ă Â Ê Ô Ơ Ư Đ have their own codes.
 * - **VNI-Windows**: a base ASCII letter followed by a "mark" byte carrying the
 *   tone and/or the diacritic, plus a few single bytes (đ, ơ, ư and some i/y
 *   forms).
 *
 * Bytes are written as numbers (TCVN3) or as Windows-1252 characters (VNI: all
 * VNI bytes above 0x7F lie in 0xC0–0xFF, where Windows-1252 and Latin-1 agree,
 * so `'aù'` means the bytes 0x61 0xF9).
 */

/** TCVN3 (ABC): every non-ASCII Vietnamese letter the encoding has, with its byte. */
export const TCVN3_LETTERS: ReadonlyArray<readonly [letter: string, byte: number]> = [
  ['Ă', 0xa1],
  ['Â', 0xa2],
  ['Ê', 0xa3],
  ['Ô', 0xa4],
  ['Ơ', 0xa5],
  ['Ư', 0xa6],
  ['Đ', 0xa7],
  ['ă', 0xa8],
  ['â', 0xa9],
  ['ê', 0xaa],
  ['ô', 0xab],
  ['ơ', 0xac],
  ['ư', 0xad],
  ['đ', 0xae],
  // a: grave, hook, tilde, acute, dot (the order TCVN3 uses in every row)
  ['à', 0xb5],
  ['ả', 0xb6],
  ['ã', 0xb7],
  ['á', 0xb8],
  ['ạ', 0xb9],
  // ă
  ['ằ', 0xbb],
  ['ẳ', 0xbc],
  ['ẵ', 0xbd],
  ['ắ', 0xbe],
  ['ặ', 0xc6],
  // â
  ['ầ', 0xc7],
  ['ẩ', 0xc8],
  ['ẫ', 0xc9],
  ['ấ', 0xca],
  ['ậ', 0xcb],
  // e
  ['è', 0xcc],
  ['ẻ', 0xce],
  ['ẽ', 0xcf],
  ['é', 0xd0],
  ['ẹ', 0xd1],
  // ê
  ['ề', 0xd2],
  ['ể', 0xd3],
  ['ễ', 0xd4],
  ['ế', 0xd5],
  ['ệ', 0xd6],
  // i
  ['ì', 0xd7],
  ['ỉ', 0xd8],
  ['ĩ', 0xdc],
  ['í', 0xdd],
  ['ị', 0xde],
  // o
  ['ò', 0xdf],
  ['ỏ', 0xe1],
  ['õ', 0xe2],
  ['ó', 0xe3],
  ['ọ', 0xe4],
  // ô
  ['ồ', 0xe5],
  ['ổ', 0xe6],
  ['ỗ', 0xe7],
  ['ố', 0xe8],
  ['ộ', 0xe9],
  // ơ
  ['ờ', 0xea],
  ['ở', 0xeb],
  ['ỡ', 0xec],
  ['ớ', 0xed],
  ['ợ', 0xee],
  // u
  ['ù', 0xef],
  ['ủ', 0xf1],
  ['ũ', 0xf2],
  ['ú', 0xf3],
  ['ụ', 0xf4],
  // ư
  ['ừ', 0xf5],
  ['ử', 0xf6],
  ['ữ', 0xf7],
  ['ứ', 0xf8],
  ['ự', 0xf9],
  // y
  ['ỳ', 0xfa],
  ['ỷ', 0xfb],
  ['ỹ', 0xfc],
  ['ý', 0xfd],
  ['ỵ', 0xfe],
];

/**
 * VNI-Windows, lowercase letters: letter → byte sequence (as Windows-1252 characters).
 * Mark bytes: ø grave, ù acute, û hook, õ tilde, ï dot; â circumflex series
 * (â à á å ã ä = no tone, grave, acute, hook, tilde, dot); ê breve series
 * (ê è é ú ü ë = no tone, grave, acute, hook, tilde, dot).
 * Single bytes: ñ đ, ô ơ, ö ư, ì ì, í í, æ ỉ, ó ĩ, ò ị, î ỵ.
 */
export const VNI_LOWERCASE: ReadonlyArray<readonly [letter: string, bytes: string]> = [
  ['à', 'aø'],
  ['á', 'aù'],
  ['ả', 'aû'],
  ['ã', 'aõ'],
  ['ạ', 'aï'],
  ['ă', 'aê'],
  ['ằ', 'aè'],
  ['ắ', 'aé'],
  ['ẳ', 'aú'],
  ['ẵ', 'aü'],
  ['ặ', 'aë'],
  ['â', 'aâ'],
  ['ầ', 'aà'],
  ['ấ', 'aá'],
  ['ẩ', 'aå'],
  ['ẫ', 'aã'],
  ['ậ', 'aä'],
  ['è', 'eø'],
  ['é', 'eù'],
  ['ẻ', 'eû'],
  ['ẽ', 'eõ'],
  ['ẹ', 'eï'],
  ['ê', 'eâ'],
  ['ề', 'eà'],
  ['ế', 'eá'],
  ['ể', 'eå'],
  ['ễ', 'eã'],
  ['ệ', 'eä'],
  ['ì', 'ì'],
  ['í', 'í'],
  ['ỉ', 'æ'],
  ['ĩ', 'ó'],
  ['ị', 'ò'],
  ['ò', 'oø'],
  ['ó', 'où'],
  ['ỏ', 'oû'],
  ['õ', 'oõ'],
  ['ọ', 'oï'],
  ['ô', 'oâ'],
  ['ồ', 'oà'],
  ['ố', 'oá'],
  ['ổ', 'oå'],
  ['ỗ', 'oã'],
  ['ộ', 'oä'],
  ['ơ', 'ô'],
  ['ờ', 'ôø'],
  ['ớ', 'ôù'],
  ['ở', 'ôû'],
  ['ỡ', 'ôõ'],
  ['ợ', 'ôï'],
  ['ù', 'uø'],
  ['ú', 'uù'],
  ['ủ', 'uû'],
  ['ũ', 'uõ'],
  ['ụ', 'uï'],
  ['ư', 'ö'],
  ['ừ', 'öø'],
  ['ứ', 'öù'],
  ['ử', 'öû'],
  ['ữ', 'öõ'],
  ['ự', 'öï'],
  ['ỳ', 'yø'],
  ['ý', 'yù'],
  ['ỷ', 'yû'],
  ['ỹ', 'yõ'],
  ['ỵ', 'î'],
  ['đ', 'ñ'],
];

/**
 * VNI-Windows, all letters. Uppercase letters use the uppercase Latin-1
 * counterpart of every byte (byte − 0x20 above 0x7F, the capital ASCII base
 * letter), e.g. 'Ấ' = 'AÁ', 'Đ' = 'Ñ', 'Ư' = 'Ö'.
 */
export const VNI_LETTERS: ReadonlyArray<readonly [letter: string, bytes: string]> = [
  ...VNI_LOWERCASE,
  ...VNI_LOWERCASE.map(([letter, bytes]) => [letter.toUpperCase(), bytes.toUpperCase()] as const),
];

/** The 67 non-ASCII lowercase Vietnamese letters (12 vowels × tones, plus ă â ê ô ơ ư đ), NFC. */
export const VIETNAMESE_LOWERCASE_LETTERS: readonly string[] = (() => {
  const vowels = ['a', 'ă', 'â', 'e', 'ê', 'i', 'o', 'ô', 'ơ', 'u', 'ư', 'y'];
  const tones = ['', '\u0300', '\u0301', '\u0309', '\u0303', '\u0323'];
  const letters: string[] = [];
  for (const v of vowels) for (const t of tones) letters.push((v + t).normalize('NFC'));
  letters.push('đ');
  return letters.filter((l) => l.charCodeAt(0) > 0x7f);
})();
