import { Module } from '@nestjs/common';
import { ContentCipher } from './content-cipher';

/** The case-content cipher, shared by case summaries and booking questions. */
@Module({ providers: [ContentCipher], exports: [ContentCipher] })
export class CryptoModule {}
