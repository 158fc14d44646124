import { describe, expect, it } from 'vitest';
import { organizationMatches, organizationParts } from './organizations';

describe('organizationParts', () => {
  it('splits a joint list on "&" and its commas, and drops parentheticals', () => {
    expect(organizationParts('Stability AI, CompVis (LMU Munich) & Runway')).toEqual([
      'Stability AI',
      'CompVis (LMU Munich)',
      'CompVis',
      'Runway',
    ]);
  });

  it('keeps a comma that belongs to one name', () => {
    expect(organizationParts('University of Maryland, College Park')).toEqual([
      'University of Maryland, College Park',
    ]);
  });

  it('does not split on "&" inside parentheses', () => {
    expect(organizationParts('CompVis (LMU Munich & Heidelberg University) & Runway')).toEqual([
      'CompVis (LMU Munich & Heidelberg University)',
      'CompVis',
      'Runway',
    ]);
  });
});

describe('organizationMatches', () => {
  it('matches a whole organisation string or one lab in it, ignoring case', () => {
    expect(organizationMatches('Snap Research & NVIDIA', 'nvidia')).toBe(true);
    expect(organizationMatches('Snap Research & NVIDIA', 'SNAP RESEARCH & nvidia')).toBe(true);
  });

  it('does not match a fragment of a name', () => {
    expect(organizationMatches('Tencent AI Lab', 'tencent')).toBe(false);
    expect(organizationMatches('Tencent AI Lab', '')).toBe(false);
  });
});
