import { insertionIndex, mergeMessages } from './message-order';

describe('message order', () => {
  it('finds where a message goes in a newest-first list, or null when already there', () => {
    expect(insertionIndex(['05', '03', '01'], '04')).toBe(1);
    expect(insertionIndex(['05', '03', '01'], '06')).toBe(0);
    expect(insertionIndex(['05', '03', '01'], '00')).toBe(3);
    expect(insertionIndex(['05', '03', '01'], '03')).toBeNull();
  });

  it('merges sources oldest first without duplicate ids or clientMessageIds', () => {
    const m = (id: string, clientMessageId: string) => ({ id, clientMessageId });
    const merged = mergeMessages(
      [m('03', 'c3'), m('01', 'c1')],
      [m('02', 'c2'), m('03', 'c3')],
      [m('99', 'c2')],
    );
    expect(merged.map((x) => x.id)).toEqual(['01', '02', '03']);
  });
});
