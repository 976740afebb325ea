/**
 * Colours for categories (channels, modes, départements, sectors), told apart by people with
 * colour-blindness (Okabe–Ito, then darker companions); charts and the graph cycle through them.
 */
export const CATEGORY_COLOURS = [
  '#0072b2',
  '#e69f00',
  '#009e73',
  '#cc79a7',
  '#56b4e9',
  '#d55e00',
  '#f0e442',
  '#000000',
  '#7f3c8d',
  '#11a579',
  '#3969ac',
  '#a5aa99',
];
