import { PasswordService } from './password.service';

describe('PasswordService', () => {
  const passwords = new PasswordService();

  it('hashes with argon2id and verifies', async () => {
    const hash = await passwords.hash('a garden on the roof');
    expect(hash).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    expect(await passwords.verify(hash, 'a garden on the roof')).toBe(true);
    expect(await passwords.verify(hash, 'a garden on the roof!')).toBe(false);
  });

  it('answers false, not an error, for an unknown account or a corrupt hash', async () => {
    expect(await passwords.verify(undefined, 'whatever it is')).toBe(false);
    expect(await passwords.verify('not-a-hash', 'whatever it is')).toBe(false);
  });

  it('names what makes a password weak', () => {
    expect(passwords.weakness('azertyuiop', [])).toMatch(/most common/);
    expect(passwords.weakness('aaaaaaaaaaab', [])).toMatch(/too few different/);
    expect(passwords.weakness('i-love-dupont-forever', ['Léa Dupont'])).toMatch(/name or email/);
    expect(passwords.weakness('rooftop-lea99', ['lea.m@example.org'])).toBeUndefined(); // "lea" is under 4 letters
    expect(
      passwords.weakness('correct horse battery staple', ['Léa Dupont', 'lea@example.org']),
    ).toBeUndefined();
  });
});
