using System.Globalization;
using AngleSharp.Dom;
using CarePages.Core.Checks.Html;
using CarePages.Core.Checks.Options;
using CarePages.Core.Checks.Vocabulary;
using CarePages.Core.Text;

namespace CarePages.Core.Checks.Engine;

/// <summary>Guards, indexes and runs the markup rules over one field or page.</summary>
internal sealed class MarkupChecker
{
    private readonly CheckRuleSet _rules;
    private readonly CheckOptions _options;
    private readonly RuleRunner _runner;
    private readonly LanguageVocabulary _vocabulary;

    public MarkupChecker(CheckRuleSet rules, CheckOptions options, RuleRunner runner, LanguageVocabulary vocabulary)
    {
        _rules = rules;
        _options = options;
        _runner = runner;
        _vocabulary = vocabulary;
    }

    /// <summary>True when <paramref name="html"/> is too large or too deeply nested to parse; reports which.</summary>
    public bool Reject(string html, CheckRequest request, string? property, List<Finding> sink)
    {
        var rejection = MarkupGuard.Reject(html, _options);
        if (rejection is null)
        {
            return false;
        }

        _runner.Raise(rejection, request.ContentTypeAlias, _runner.Target(request.Culture, property, request.UiCulture, null), sink, string.Empty, new Dictionary<string, string>
        {
            ["length"] = html.Length.ToString("N0", CultureInfo.InvariantCulture),
            ["limit"] = (rejection == EngineFindings.InputTooLarge ? _options.MaxFieldLength : _options.MaxNestingDepth).ToString("N0", CultureInfo.InvariantCulture),
        });
        return true;
    }

    /// <summary>Runs every markup rule of <paramref name="scope"/> over <paramref name="document"/>.</summary>
    public void Check(IDocument document, CheckScope scope, string? property, CheckRequest request, List<Finding> sink)
    {
        var root = scope == CheckScope.Page ? document.DocumentElement : document.Body!;
        var index = ElementIndex.Build(root);
        var target = _runner.Target(request.Culture, property, request.UiCulture, index);
        if (index.MaxDepth > _options.MaxNestingDepth)
        {
            _runner.Raise(EngineFindings.NestingTooDeep, request.ContentTypeAlias, target, sink, string.Empty, new Dictionary<string, string>
            {
                ["limit"] = _options.MaxNestingDepth.ToString("N0", CultureInfo.InvariantCulture),
            });
            return;
        }

        var context = new MarkupContext
        {
            Culture = request.Culture,
            Language = CultureNames.LanguageOf(request.Culture),
            IsRightToLeft = Rendering.WritingDirections.Of(request.Culture) == Rendering.WritingDirection.Rtl,
            Scope = scope,
            ContentTypeAlias = request.ContentTypeAlias,
            Property = property,
            Document = document,
            Root = root,
            Index = index,
            SectionHeadingLevel = scope == CheckScope.Page ? 0 : _options.FieldSectionHeadingLevel,
            Vocabulary = _vocabulary,
        };

        foreach (var rule in _rules.MarkupRules)
        {
            if ((rule.Scope & scope) != 0)
            {
                request.CancellationToken.ThrowIfCancellationRequested();
                _runner.Run(rule, request.ContentTypeAlias, target, sink, findings => rule.Check(context, findings));
            }
        }
    }
}
