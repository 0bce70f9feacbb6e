import { withReferenceLinks } from './reference-markdown';

describe('withReferenceLinks', () => {
  const refs = [
    {
      token: 'place:ponyride',
      available: true,
      title: 'Ponyride [Detroit]',
      path: '/places/ponyride',
    },
    { token: 'place:gone', available: false, title: null, path: null },
  ];

  it('links a live reference to its current title and page, escaping the label', () => {
    expect(withReferenceLinks('See [[place:ponyride]].', refs, 'unavailable')).toBe(
      'See [Ponyride \\[Detroit\\]](/places/ponyride).',
    );
  });

  it('shows removed, hidden or unknown references as unavailable', () => {
    expect(withReferenceLinks('[[place:gone]] [[lesson:nope]]', refs, 'no longer available')).toBe(
      '*(no longer available)* *(no longer available)*',
    );
  });
});
