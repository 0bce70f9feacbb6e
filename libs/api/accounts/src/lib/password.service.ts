import { Injectable } from '@nestjs/common';
import { Algorithm, hash, verify } from '@node-rs/argon2';

// OWASP's argon2id baseline (19 MiB, 2 iterations, 1 lane).
const options = { algorithm: Algorithm.Argon2id, memoryCost: 19_456, timeCost: 2, parallelism: 1 };

// A few of the most used passwords at 10+ characters; length alone does not make these safe.
const commonPasswords = new Set([
  '1234567890',
  '12345678910',
  '0123456789',
  '1111111111',
  'password123',
  'password1234',
  'qwertyuiop',
  'azertyuiop',
  'motdepasse',
  'motdepasse1',
  'iloveyou123',
  'aaaaaaaaaa',
  'abcdefghij',
  'qwerty12345',
  'football123',
  'princess123',
  'welcome123',
  'changeme123',
  'letmein1234',
  'administrator',
  'wideopen123',
  'wide-open123',
]);

@Injectable()
export class PasswordService {
  // Verified against when an email is unknown, so that answering takes as long either way.
  private readonly dummyHash = hash('not a real password, only a timing decoy', options);

  hash(password: string): Promise<string> {
    return hash(password, options);
  }

  async verify(passwordHash: string | undefined, password: string): Promise<boolean> {
    try {
      return await verify(passwordHash ?? (await this.dummyHash), password);
    } catch {
      return false;
    }
  }

  /** Why a password is too weak to accept, or undefined. Length is checked by the input rules. */
  weakness(password: string, personal: string[]): string | undefined {
    const lower = password.toLowerCase();
    if (commonPasswords.has(lower)) return 'is one of the most common passwords; choose another';
    if (new Set(lower).size < 4) return 'uses too few different characters';
    // Each word of the name and of the email's local part ("lea.martin@…" → lea, martin).
    const words = personal.flatMap((p) =>
      p
        .toLowerCase()
        .split('@')[0]
        .split(/[^\p{L}\p{N}]+/u),
    );
    if (words.some((w) => w.length >= 4 && lower.includes(w))) {
      return 'must not contain your name or email';
    }
    return undefined;
  }
}
