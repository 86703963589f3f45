/**
 * The shape of a cmdlet definition: the public surface of the module (name, parameters, help,
 * ShouldProcess impact, output type) and the core function that implements it. Definitions are data
 * read by codegen/emit (not compiled): the parameter list, help and exports of the module, the
 * Pester parity tests and the Node CLI all derive from them.
 */
export interface ParameterDefinition {
  name: string;
  /** The PowerShell parameter type: 'string', 'string[]', 'switch', 'int'. */
  type: 'string' | 'string[]' | 'switch' | 'int';
  description: string;
  mandatory?: boolean;
  position?: number;
  validateSet?: string[];
  aliases?: string[];
  valueFromPipelineByPropertyName?: boolean;
  /** A file-system path: resolved against the PowerShell location before core sees it. */
  isPath?: boolean;
}

/** The default display of the output type (also used for its `Deserialized.` name after remoting). */
export interface ViewDefinition {
  kind: 'table' | 'list';
  /** Output property names (PascalCase), in display order. */
  properties: string[];
}

export interface CmdletDefinition {
  /** Verb-Noun, exactly as admins type it. */
  name: string;
  synopsis: string;
  description: string;
  /** The core function; it receives the parameters in `parameters` order (switches as booleans). */
  implementation: (...args: never[]) => unknown;
  parameters: ParameterDefinition[];
  /** The type name given to each output object, e.g. 'Winsock2Doctor.Info'. */
  outputType: string;
  /** 'one' object or 'many' (each element of the returned array is written to the pipeline). */
  returns: 'one' | 'many';
  view: ViewDefinition;
  examples: { code: string; remarks: string }[];
  notes?: string;
  /** State-changing cmdlets: SupportsShouldProcess with this ConfirmImpact. */
  confirmImpact?: 'Low' | 'Medium' | 'High';
}
