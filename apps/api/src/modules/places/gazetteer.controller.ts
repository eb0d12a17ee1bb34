import { Body } from '@nestjs/common';

import { CurrentActor } from 'src/common/access/access.decorators';
import type { Actor } from 'src/common/access/auth-context';
import { ApiController, Endpoint } from 'src/common/http/endpoint';
import {
  ApplyGazetteerDto,
  GazetteerFileDto,
  GazetteerPreviewDto,
  GazetteerStatusDto,
} from 'src/modules/places/dto/gazetteer.dto';
import { GazetteerService } from 'src/modules/places/gazetteer.service';

@ApiController('gazetteer', 'places')
export class GazetteerController {
  constructor(private readonly gazetteer: GazetteerService) {}

  @Endpoint.get('', {
    summary: "The gazetteer's version (file, date, hash) and its units per level",
    access: 'reference_data:manage',
    response: GazetteerStatusDto,
  })
  getGazetteer() {
    return this.gazetteer.status();
  }

  @Endpoint.post('preview', {
    summary: 'What importing a newer gazetteer file would change (nothing is written)',
    description:
      'Counts and first samples of the units the file adds, renames and no longer lists. Apply it with the sha256 answered here.',
    access: 'reference_data:manage',
    response: GazetteerPreviewDto,
  })
  previewGazetteer(@Body() dto: GazetteerFileDto) {
    return this.gazetteer.preview(dto);
  }

  @Endpoint.post('apply', {
    summary: 'Import the gazetteer file previewed, in one audited transaction',
    description:
      'Adds and renames units by official code and archives those the file no longer lists. A sha256 that is not the file’s answers 400.',
    access: 'reference_data:manage',
    response: GazetteerStatusDto,
  })
  applyGazetteer(@CurrentActor() actor: Actor, @Body() dto: ApplyGazetteerDto) {
    return this.gazetteer.apply(actor, dto);
  }
}
