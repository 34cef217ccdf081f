import { Injectable } from '@nestjs/common';
import * as argon2 from 'argon2';

/** argon2id hashing with the library's recommended parameters. */
@Injectable()
export class PasswordService {
  hash(password: string): Promise<string> {
    return argon2.hash(password, { type: argon2.argon2id });
  }

  verify(hash: string, password: string): Promise<boolean> {
    return argon2.verify(hash, password).catch(() => false);
  }
}

/**
 * A real hash to verify against when the e-mail is unknown, so a failed login takes the same time
 * whether or not the account exists.
 */
export const DUMMY_HASH_INPUT = 'not-a-real-password';
