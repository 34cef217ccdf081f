import { Controller, Get } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { AuthUser, CurrentUser } from '@app/auth';
import { MunicipalityResponse, OrganisationsService } from '@app/organisations';

/** The organisation tree of the caller's region. */
@ApiTags('organisation')
@ApiBearerAuth()
@Controller()
export class OrganisationsController {
  constructor(private readonly organisations: OrganisationsService) {}

  @Get('regions')
  async regions(@CurrentUser() user: AuthUser) {
    return (await this.organisations.listRegions()).filter((region) => region.id === user.regionId);
  }

  @Get('clusters')
  clusters(@CurrentUser() user: AuthUser) {
    return this.organisations.listClusters(user.regionId);
  }

  @Get('municipalities')
  @ApiOkResponse({ type: [MunicipalityResponse] })
  async municipalities(@CurrentUser() user: AuthUser): Promise<MunicipalityResponse[]> {
    const rows = await this.organisations.listMunicipalities(user.regionId);
    return rows.map(
      ({ id, name, code, clusterId, regionId, population0to17, contactId, deputyContactId }) => ({
        id,
        name,
        code,
        clusterId,
        regionId,
        population0to17,
        contactId,
        deputyContactId,
      }),
    );
  }
}
