namespace CarePages.Core.Translation.Messages;

/// <summary>
/// The keys of the XLIFF import's texts (<c>Translation/Messages/xliff.&lt;language&gt;.json</c>, read by
/// <see cref="ExchangeMessages"/>): whole-file refusals and the problems of single units. The English text is kept in the
/// import result; <see cref="Exchange.TranslationImportService.LabelAsync"/> writes it in the reader's language.
/// </summary>
public static class XliffMessages
{
    /// <summary>File for document {document} carries no job id; expected job {job}.</summary>
    public const string NoJobId = "xliff.no-job-id";

    /// <summary>File for document {document} belongs to job {fileJob}, not to job {job}.</summary>
    public const string OtherJob = "xliff.other-job";

    /// <summary>File for document {document} is in target language "{language}"; job {job} translates into {culture}.</summary>
    public const string WrongTargetLanguage = "xliff.wrong-target-language";

    /// <summary>File for document {document} has source language "{language}"; job {job} translates from {culture}.</summary>
    public const string WrongSourceLanguage = "xliff.wrong-source-language";

    /// <summary>Document "{document}" is not part of job {job}.</summary>
    public const string UnknownDocument = "xliff.unknown-document";

    /// <summary>Document {document} appears in more than one &lt;file&gt;.</summary>
    public const string DuplicateDocument = "xliff.duplicate-document";

    /// <summary>Counted: Document {document}: unit id "{unit}" is used by {count} {element}s.</summary>
    public const string DuplicateUnitId = "xliff.duplicate-unit-id";

    /// <summary>The file has a DOCTYPE; DTDs and entities are refused, as they can make a server read other files or run out of memory. Remove the DOCTYPE (line {line}) or send the file as CarePages exported it.</summary>
    public const string Doctype = "xliff.doctype";

    /// <summary>The file is not well-formed XML: {detail}</summary>
    public const string NotWellFormed = "xliff.not-well-formed";

    /// <summary>Elements are nested more than {limit} deep (at &lt;{element}&gt;); no XLIFF file from CarePages nests like that, so the file was not read further.</summary>
    public const string NestingTooDeep = "xliff.nesting-too-deep";

    /// <summary>The root is &lt;{element}&gt; in "{namespace}", not an XLIFF 1.2 &lt;xliff version="1.2"&gt;.</summary>
    public const string NotXliff12 = "xliff.not-xliff12";

    /// <summary>The file is XLIFF {version} (namespace {namespace}); this import reads XLIFF 2.0, 2.1 and 2.2. Import it as XLIFF 1.2.</summary>
    public const string Xliff12NotXliff2 = "xliff.xliff12-not-xliff2";

    /// <summary>The root is &lt;{element} version="{version}"&gt; in "{namespace}", not an XLIFF 2.0/2.1 &lt;xliff&gt; in {namespace20} or a 2.2 &lt;xliff&gt; in {namespace22}.</summary>
    public const string NotXliff2 = "xliff.not-xliff2";

    /// <summary>{detail}</summary>
    public const string SchemaFault = "xliff.schema-fault";

    /// <summary>line {line}: {detail}</summary>
    public const string AtLine = "xliff.at-line";

    /// <summary>[{code}] {detail}</summary>
    public const string RuleFault = "xliff.rule-fault";

    /// <summary>{line}:{position} [{code}] {detail}</summary>
    public const string RuleFaultAt = "xliff.rule-fault-at";

    /// <summary>&lt;file&gt; has no id.</summary>
    public const string FileNoId = "xliff.file-no-id";

    /// <summary>&lt;unit&gt; has no id.</summary>
    public const string UnitNoId = "xliff.unit-no-id";

    /// <summary>unit {unit} has no &lt;segment&gt;.</summary>
    public const string UnitNoSegment = "xliff.unit-no-segment";

    /// <summary>a &lt;{part}&gt; of unit {unit} must hold one &lt;source&gt; and at most one &lt;target&gt;.</summary>
    public const string PartShape = "xliff.part-shape";

    /// <summary>Unit {unit} is missing from the file.</summary>
    public const string UnitMissing = "xliff.unit-missing";

    /// <summary>Unit {unit} is not part of job {job} for document {document}.</summary>
    public const string UnitNotInJob = "xliff.unit-not-in-job";

    /// <summary>Unit {unit} has no target.</summary>
    public const string UnitNoTarget = "xliff.unit-no-target";

    /// <summary>Unit {unit}: the target is empty.</summary>
    public const string TargetEmpty = "xliff.target-empty";

    /// <summary>Unit {unit}: the target is {length} characters long; {field} allows at most {limit}.</summary>
    public const string TargetTooLong = "xliff.target-too-long";

    /// <summary>Unit {unit}: the target is {length} characters long; the field allows at most {limit}.</summary>
    public const string TargetTooLongUnnamed = "xliff.target-too-long-unnamed";

    /// <summary>Unit {unit}: the target has no text.</summary>
    public const string TargetNoText = "xliff.target-no-text";

    /// <summary>Unit {unit}: inline code {code} is missing from the target.</summary>
    public const string CodeMissing = "xliff.code-missing";

    /// <summary>Unit {unit}: the target holds &lt;{element}&gt;, which this export never uses; keep only the source's &lt;{paired}&gt; and &lt;{placeholder}/&gt; codes.</summary>
    public const string ForeignElement = "xliff.foreign-element";

    /// <summary>Unit {unit}: &lt;cp hex="{hex}"&gt; is not a Unicode code point.</summary>
    public const string BadCodePoint = "xliff.bad-code-point";

    /// <summary>Unit {unit}: &lt;cp hex="{hex}"&gt; stands for {character}, a control character or noncharacter that patient text cannot hold; remove it.</summary>
    public const string RefusedCodePoint = "xliff.refused-code-point";

    /// <summary>Unit {unit}: the target holds {character}, a control character or noncharacter that patient text cannot hold; remove it.</summary>
    public const string RefusedCharacter = "xliff.refused-character";

    /// <summary>Unit {unit} is plain text: the target must not hold inline code &lt;{element} id="{id}"&gt;.</summary>
    public const string CodeInPlain = "xliff.code-in-plain";

    /// <summary>Unit {unit}: the target has inline code &lt;{element} id="{id}"&gt;, which is not in the source.</summary>
    public const string CodeNotInSource = "xliff.code-not-in-source";

    /// <summary>Unit {unit}: inline code id {id} is {code} in the source but &lt;{element}&gt; in the target.</summary>
    public const string CodeWrongKind = "xliff.code-wrong-kind";

    /// <summary>Unit {unit}: inline code {code} appears more than once in the target.</summary>
    public const string CodeRepeated = "xliff.code-repeated";

    /// <summary>Unit {unit}: &lt;data id="{data}"&gt; of &lt;originalData&gt; gives the address {attribute}="{address}", which the source's code does not have; addresses come from the source, so leave &lt;originalData&gt; as exported.</summary>
    public const string AddressAdded = "xliff.address-added";

    /// <summary>Unit {unit}: &lt;data id="{data}"&gt; of &lt;originalData&gt; gives the address {attribute}="{address}", but the source's is "{expected}"; addresses come from the source, so leave &lt;originalData&gt; as exported.</summary>
    public const string AddressChanged = "xliff.address-changed";

    /// <summary>Unit {unit}: segment {segment} of {segments} has no target.</summary>
    public const string SegmentUntranslated = "xliff.segment-untranslated";

    /// <summary>Counted: Unit {unit}: {count} targets take position {position}.</summary>
    public const string OrderTaken = "xliff.order-taken";

    /// <summary>Unit {unit}: target order "{order}" is not a position.</summary>
    public const string OrderNotPosition = "xliff.order-not-position";

    /// <summary>Unit {unit}: &lt;{element} id="{id}"&gt; has {attribute}="{value}", which is not a &lt;data&gt; id of the unit's &lt;originalData&gt;.</summary>
    public const string DanglingDataRef = "xliff.dangling-data-ref";

    /// <summary>Unit {unit}: isolated &lt;{element} id="{id}"&gt; cannot be placed; keep the source's &lt;pc&gt; and &lt;ph/&gt; codes.</summary>
    public const string IsolatedCode = "xliff.isolated-code";

    /// <summary>Unit {unit}: &lt;sc id="{id}"&gt; has no matching &lt;ec&gt;.</summary>
    public const string ScUnclosed = "xliff.sc-unclosed";

    /// <summary>Unit {unit}: &lt;ec startRef="{id}"&gt; closes no open &lt;sc&gt;.</summary>
    public const string EcUnopened = "xliff.ec-unopened";

    /// <summary>Unit {unit}: &lt;ec startRef="{id}"&gt; closes across &lt;sc id="{open}"&gt;; codes must nest.</summary>
    public const string EcCrossing = "xliff.ec-crossing";

    /// <summary>Counted: {count} problems: {problems}</summary>
    public const string UnitProblems = "xliff.unit-problems";
}
