import 'reflect-metadata';
import { plainToInstance } from 'class-transformer';
import { getMetadataStorage, validate } from 'class-validator';
import type { ValidationMetadata } from 'class-validator/types/metadata/ValidationMetadata';
import { CreateBookingDto } from '@app/booking';
// Importing the api's module registers every DTO its controllers use with class-validator.
import '../app.module';
import { constraintName, danishPredicate, FIELD_LABELS } from './validation-messages';
import { flattenValidationErrors } from './validation.pipe';

/** Every rule of every class class-validator knows (its storage keeps them in a private map). */
function everyRule(): { target: string; rule: ValidationMetadata }[] {
  const storage = getMetadataStorage() as unknown as {
    validationMetadatas: Map<{ name: string }, ValidationMetadata[]>;
  };
  return [...storage.validationMetadatas].flatMap(([target, rules]) =>
    rules.map((rule) => ({ target: target.name, rule })),
  );
}

describe('Danish validation messages', () => {
  it('cover every rule and field of every DTO', () => {
    const rules = everyRule();
    expect(rules.length).toBeGreaterThan(100);
    const missing = rules
      // @IsOptional/@ValidateIf only switch other rules off: they never fail themselves.
      .filter(({ rule }) => rule.type !== 'conditionalValidation')
      .flatMap(({ target, rule }) => {
        const name = constraintName(rule);
        const gaps: string[] = [];
        if (!FIELD_LABELS[rule.propertyName])
          gaps.push(`${target}.${rule.propertyName}: no Danish field name`);
        if (!danishPredicate(name, rule.constraints ?? [], rule.propertyName))
          gaps.push(`${target}.${rule.propertyName}: no Danish text for ${name}`);
        return gaps;
      });
    expect([...new Set(missing)]).toEqual([]);
  });

  it("replace class-validator's English with Danish sentences naming the field", async () => {
    const dto = plainToInstance(CreateBookingDto, {
      slotId: 'nope',
      topic: 'weather',
      step: 9,
      childAgeBand: '0-5',
      question: 'kort',
      gpEmail: 'ikke en adresse',
      participantEmails: ['a@kommune.dk', 'b'],
    });
    const errors = flattenValidationErrors(await validate(dto));
    expect(errors).toEqual(
      expect.arrayContaining([
        { field: 'slotId', message: 'Tiden skal være et gyldigt id (UUID).' },
        { field: 'topic', message: expect.stringMatching(/^Emnet skal være en af: anxiety, depression, /) },
        { field: 'step', message: 'Trinnet må højst være 4.' },
        { field: 'question', message: 'Spørgsmålet skal have mindst 10 tegn.' },
        { field: 'gpEmail', message: 'Lægens e-mailadresse skal være en gyldig e-mailadresse.' },
        {
          field: 'participantEmails',
          message: 'Deltagernes e-mailadresser: hver værdi skal være en gyldig e-mailadresse.',
        },
      ]),
    );
    expect(errors).toHaveLength(6);
    // class-validator's own wording ("must be", "should not") never gets through.
    for (const { message } of errors) expect(message).not.toMatch(/\b(must|should|each value)\b/);
  });
});
