// Every `glossa` subcommand, in the order `glossa --help` lists them. Add new ones here.
import type { CliCommand } from '../command-registry';
import { importCommand } from './import';
import { infoCommand } from './info';
import { listCommand } from './list';
import { newCommand } from './new';
import { searchCommand } from './search';
import { annotationsCommand } from './annotations';
import { autocodeCommand } from './autocode';
import { codebookCommand } from './codebook';
import { codesCommand } from './codes';
import { agreementCommand } from './agreement';
import { mergeCommand } from './merge';
import { qdpxCommand } from './qdpx';
import { sendCommand } from './send';
import { exportCommand } from './export';
import { backupsCommand } from './backups';
import { importAnnotationsCommand } from './import-annotations';
import { recheckAnchorsCommand } from './recheck-anchors';
import { queryCommand } from './query';
import { zoteroCommand } from './zotero';
import { bibCommand } from './bib';
import { casesCommand } from './cases';
import { linksCommand } from './links';
import { networkCommand } from './network';
import { memosCommand } from './memos';
import { attributesCommand } from './attributes';

export const COMMANDS: CliCommand[] = [newCommand, importCommand, listCommand, searchCommand, queryCommand, infoCommand, codesCommand, codebookCommand, casesCommand, linksCommand, networkCommand, memosCommand, attributesCommand, autocodeCommand, annotationsCommand, importAnnotationsCommand, bibCommand, exportCommand, sendCommand, mergeCommand, agreementCommand, qdpxCommand, zoteroCommand, backupsCommand, recheckAnchorsCommand];
