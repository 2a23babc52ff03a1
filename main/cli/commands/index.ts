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

export const COMMANDS: CliCommand[] = [newCommand, importCommand, listCommand, searchCommand, infoCommand, codesCommand, codebookCommand, autocodeCommand, annotationsCommand];
