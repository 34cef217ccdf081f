import { ApiPropertyOptional, PartialType } from '@nestjs/swagger';
import { IsBoolean, IsOptional } from 'class-validator';
import { CreateUserDto } from './create-user.dto';

export class UpdateUserDto extends PartialType(CreateUserDto) {
  @ApiPropertyOptional({
    description: 'Re-activate a deactivated user (deactivate with POST /users/:id/deactivate)',
  })
  @IsOptional()
  @IsBoolean({ message: 'skal være true eller false' })
  active?: boolean;
}
