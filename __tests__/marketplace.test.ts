// The GitHub Marketplace validates action.yml at the release tag and refuses to list a release whose metadata
// breaks its rules: these tests keep every tag listable.
import { describe, expect, it } from '@jest/globals';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parse } from 'yaml';
import { REPO } from '../test-support/action.js';

/** "Description must be less than 125 characters" (the Marketplace's release form). */
const DESCRIPTION_LIMIT = 125;

/** branding.color, from "Metadata syntax for GitHub Actions" (docs.github.com). */
const COLORS = ['white', 'black', 'yellow', 'blue', 'green', 'orange', 'red', 'purple', 'gray-dark'];

/**
 * branding.icon: "Exhaustive list of all currently supported icons" from the same page (Feather v4.28.0 without
 * brand icons and without coffee, columns, divide*, frown, hexagon, key, meh, mouse-pointer, smile, tool, x-octagon).
 */
const ICONS = new Set(
  `activity airplay alert-circle alert-octagon alert-triangle align-center align-justify align-left align-right
  anchor aperture archive arrow-down-circle arrow-down-left arrow-down-right arrow-down arrow-left-circle arrow-left
  arrow-right-circle arrow-right arrow-up-circle arrow-up-left arrow-up-right arrow-up at-sign award bar-chart-2
  bar-chart battery-charging battery bell-off bell bluetooth bold book-open book bookmark box briefcase calendar
  camera-off camera cast check-circle check-square check chevron-down chevron-left chevron-right chevron-up
  chevrons-down chevrons-left chevrons-right chevrons-up circle clipboard clock cloud-drizzle cloud-lightning
  cloud-off cloud-rain cloud-snow cloud code command compass copy corner-down-left corner-down-right
  corner-left-down corner-left-up corner-right-down corner-right-up corner-up-left corner-up-right cpu credit-card
  crop crosshair database delete disc dollar-sign download-cloud download droplet edit-2 edit-3 edit external-link
  eye-off eye fast-forward feather file-minus file-plus file-text file film filter flag folder-minus folder-plus
  folder gift git-branch git-commit git-merge git-pull-request globe grid hard-drive hash headphones heart
  help-circle home image inbox info italic layers layout life-buoy link-2 link list loader lock log-in log-out mail
  map-pin map maximize-2 maximize menu message-circle message-square mic-off mic minimize-2 minimize minus-circle
  minus-square minus monitor moon more-horizontal more-vertical move music navigation-2 navigation octagon package
  paperclip pause-circle pause percent phone-call phone-forwarded phone-incoming phone-missed phone-off
  phone-outgoing phone pie-chart play-circle play plus-circle plus-square plus pocket power printer radio
  refresh-ccw refresh-cw repeat rewind rotate-ccw rotate-cw rss save scissors search send server settings share-2
  share shield-off shield shopping-bag shopping-cart shuffle sidebar skip-back skip-forward slash sliders
  smartphone speaker square star stop-circle sun sunrise sunset table tablet tag target terminal thermometer
  thumbs-down thumbs-up toggle-left toggle-right trash-2 trash trending-down trending-up triangle truck tv type
  umbrella underline unlock upload-cloud upload user-check user-minus user-plus user-x user users video-off video
  voicemail volume-1 volume-2 volume-x volume watch wifi-off wifi wind x-circle x-square x zap-off zap zoom-in
  zoom-out`.split(/\s+/),
);

interface ActionMetadata {
  name?: unknown;
  description?: unknown;
  branding?: { icon?: unknown; color?: unknown };
  runs?: { using?: unknown; main?: unknown };
}

const metadata = parse(await readFile(join(REPO, 'action.yml'), 'utf8')) as ActionMetadata;

describe('action.yml, as the Marketplace validates it at a release tag', () => {
  it('has a one-line name, shorter than the description limit', () => {
    expect(typeof metadata.name).toBe('string');
    const name = String(metadata.name);
    expect(name.trim()).not.toBe('');
    expect(name).not.toMatch(/\n/);
    expect(name.length).toBeLessThan(DESCRIPTION_LIMIT);
  });

  it(`has a description of fewer than ${DESCRIPTION_LIMIT} characters`, () => {
    expect(typeof metadata.description).toBe('string');
    const description = String(metadata.description);
    expect(description.trim()).not.toBe('');
    expect([...description].length).toBeLessThan(DESCRIPTION_LIMIT);
  });

  it('has a branding icon from the supported Feather icons and one of the supported colours', () => {
    expect(ICONS.has(String(metadata.branding?.icon))).toBe(true);
    expect(COLORS).toContain(metadata.branding?.color);
  });

  it('runs on node24 from the committed bundle', () => {
    expect(metadata.runs).toEqual({ using: 'node24', main: 'dist/index.js' });
  });
});
