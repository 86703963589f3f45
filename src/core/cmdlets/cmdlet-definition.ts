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
  /** Handled by the cmdlet wrapper alone and not passed to core (-Force of a ShouldProcess cmdlet). */
  wrapperOnly?: boolean;
}

/** The default display of the output type (also used for its `Deserialized.` name after remoting). */
export interface ViewDefinition {
  kind: 'table' | 'list';
  /** Output property names (PascalCase), in display order. */
  properties: string[];
}

/** One kind of output object. */
export interface OutputDefinition {
  /** The type name given to each object, e.g. 'Winsock2Doctor.Info'. */
  type: string;
  /**
   * Where the objects are in the core result: 'result' (the result is one object), 'each' (the
   * result is an array: one object per element) or the name of an array property of the result.
   */
  from: string;
  view: ViewDefinition;
  /** Array properties whose elements are output objects of their own type (e.g. a result's Steps). */
  nested?: { property: string; type: string; view: ViewDefinition }[];
}

export interface CmdletDefinition {
  /** Verb-Noun, exactly as admins type it. */
  name: string;
  synopsis: string;
  description: string;
  /** The core function; it receives the parameters in `parameters` order (switches as booleans), except wrapperOnly ones. */
  implementation: (...args: never[]) => unknown;
  parameters: ParameterDefinition[];
  /** What the cmdlet writes to the pipeline, in this order. */
  outputs: OutputDefinition[];
  examples: { code: string; remarks: string }[];
  notes?: string;
  /** State-changing cmdlets: SupportsShouldProcess with this ConfirmImpact. */
  confirmImpact?: 'Low' | 'Medium' | 'High';
}
