using CarePages.Core.Checks.Options;
using CarePages.Core.Schema;
using CarePages.Core.Schema.ContentTypes;

namespace CarePages.Core.Checks.Rules.Clinical;

/// <summary>
/// Weighs, field by field, which route of administration a treatment route's patient-facing text describes.
/// <para>
/// Each route has a word list per content language (<c>route-intranasal</c>, <c>route-intramuscular</c> … in
/// <c>Vocabulary/clinical.&lt;language&gt;.json</c>) of words that identify it: "intranasal", "nostril", "into a muscle",
/// "fosas nasales", "في العضل". Words every injection shares ("injection", "needle") identify no route and are not
/// listed. A mention of another route within <c>contrastWindow</c> words of a negation or comparison in the same sentence
/// ("unlike", "instead of", "not suitable", "sin", "ohne", "لا") is a comparison, not a description, and is not counted;
/// mentions of the page's own route always count.
/// </para>
/// <para>
/// With <c>own</c> mentions of the page's route and <c>other</c> of the most-named other route, a field is a
/// <see cref="RouteTextKind.Mismatch"/> when <c>other ≥ minMentions</c> and either <c>own = 0</c> or
/// <c>other ≥ dominanceRatio × own</c>; otherwise it is <see cref="RouteTextKind.Mixed"/> when <c>other ≥ 1</c> and
/// <c>other ≥ own</c>; otherwise it is fine.
/// </para>
/// </summary>
internal static class RouteTextAnalysis
{
    /// <summary>The vocabulary list of negation and comparison words.</summary>
    public const string ContrastList = "route-contrast-cues";

    private const string FieldsName = "fields";
    private const string WindowName = "contrastWindow";
    private const string MinMentionsName = "minMentions";
    private const string RatioName = "dominanceRatio";

    /// <summary>The parameters both route-text rules read.</summary>
    public static IReadOnlyList<CheckParameter> Parameters { get; } =
    [
        new(FieldsName, string.Join(',', TreatmentRouteType.HowItWorks, PageBasicsComposition.Summary, TreatmentRouteType.WhatToExpect, TreatmentRouteType.SideEffects,
                TreatmentRouteType.AdministeredBy, TreatmentRouteType.TypicalOnset, TreatmentRouteType.Benefits + "." + BenefitElementType.Title,
                TreatmentRouteType.Benefits + "." + BenefitElementType.Text, PageBasicsComposition.PageTitle, PageBasicsComposition.MetaDescription),
            "The patient-facing fields weighed one by one, comma-separated; a field of every block as blockField.elementField."),
        new(WindowName, "5", "How many words before or after a negation or comparison a mention of another route is taken as a comparison and not counted."),
        new(MinMentionsName, "2", "Fewest mentions of another route that can make a field a mismatch (fewer only make it mixed)."),
        new(RatioName, "2", "How many times more often another route must be named than the page's own route for a mismatch when both are named."),
    ];

    /// <summary>The message key of <paramref name="route"/>'s name.</summary>
    private static string NameKey(RouteOfAdministration route) => "clinical-route-name." + route.Code;

    /// <summary>The vocabulary list of words identifying <paramref name="route"/>.</summary>
    public static string ListOf(RouteOfAdministration route) => "route-" + route.Code;

    /// <summary>Reports the fields of <paramref name="kind"/>, with both routes named in the editor's language.</summary>
    public static void Report(DocumentContext context, FindingCollector findings, RouteTextKind kind)
    {
        foreach (var finding in Analyse(context, findings.Parameters))
        {
            if (finding.Kind == kind)
            {
                findings.ReportWithPhrases(
                    finding.Snippet,
                    new Dictionary<string, string> { ["property"] = finding.Property },
                    new Dictionary<string, string> { ["route"] = NameKey(finding.Route), ["found"] = NameKey(finding.Found) },
                    finding.Property);
            }
        }
    }

    /// <summary>The fields of a treatment route in <paramref name="context"/> that name another route.</summary>
    private static IEnumerable<RouteTextFinding> Analyse(DocumentContext context, RuleParameters parameters)
    {
        var document = context.Document;
        if (!ClinicalDocuments.IsTreatmentRoute(document)
            || document.Field(TreatmentRouteType.RouteOfAdministration)?.Items is not [var term, ..]
            || RoutesOfAdministration.Find(term) is not { } route)
        {
            yield break;
        }

        var routes = RoutesOfAdministration.All;
        var lists = routes.Select(r => TermList.Of(context.Terms(ListOf(r)))).ToArray();
        var cues = TermList.Of(context.Terms(ContrastList));
        var window = parameters.GetInt(WindowName);
        var minMentions = parameters.GetInt(MinMentionsName);
        var ratio = parameters.GetDouble(RatioName);
        var own = IndexOf(routes, route);

        foreach (var (property, field) in ClinicalDocuments.Fields(document, parameters.GetList(FieldsName)))
        {
            var plain = context.PlainText(field);
            if (plain.Length == 0)
            {
                continue;
            }

            var text = TokenizedText.Of(plain, context.Language);
            var (counts, firsts) = Count(text, lists, own, cues.Matches(text).ToList(), window);
            var found = -1;
            for (var r = 0; r < counts.Length; r++)
            {
                if (r != own && counts[r] > 0 && (found < 0 || counts[r] > counts[found]))
                {
                    found = r;
                }
            }

            if (found < 0 || counts[found] < counts[own])
            {
                continue;
            }

            var other = counts[found];
            var kind = other >= minMentions && (counts[own] == 0 || other >= ratio * counts[own]) ? RouteTextKind.Mismatch : RouteTextKind.Mixed;
            yield return new RouteTextFinding(property, route, routes[found], counts[own], other, text.SentenceAround(firsts[found]), kind);
        }
    }

    /// <summary>Mentions per route, and the first counted mention of each; other routes' mentions near a contrast cue are skipped.</summary>
    private static (int[] Counts, int[] Firsts) Count(TokenizedText text, TermList[] lists, int own, List<(int Index, int Length)> cues, int window)
    {
        var counts = new int[lists.Length];
        var firsts = new int[lists.Length];
        var cue = 0; // cues before this one end too early for this and every later mention
        for (var i = 0; i < text.Tokens.Count; i++)
        {
            var (route, length) = (-1, 0);
            for (var r = 0; r < lists.Length; r++)
            {
                var match = lists[r].MatchAt(text, i);
                if (match > length)
                {
                    (route, length) = (r, match);
                }
            }

            if (route < 0)
            {
                continue;
            }

            var last = i + length - 1;
            while (cue < cues.Count && cues[cue].Index + cues[cue].Length - 1 < i - window)
            {
                cue++;
            }

            if (route == own || !NearCue(text, i, last, cues, cue, window))
            {
                if (counts[route]++ == 0)
                {
                    firsts[route] = i;
                }
            }

            i = last;
        }

        return (counts, firsts);
    }

    private static bool NearCue(TokenizedText text, int first, int last, List<(int Index, int Length)> cues, int from, int window)
    {
        var sentence = text.Tokens[first].Sentence;
        for (var c = from; c < cues.Count && cues[c].Index <= last + window; c++)
        {
            if (text.Tokens[cues[c].Index].Sentence == sentence || text.Tokens[cues[c].Index + cues[c].Length - 1].Sentence == sentence)
            {
                return true;
            }
        }

        return false;
    }

    private static int IndexOf(IReadOnlyList<RouteOfAdministration> routes, RouteOfAdministration route)
    {
        for (var i = 0; i < routes.Count; i++)
        {
            if (routes[i] == route)
            {
                return i;
            }
        }

        return -1;
    }
}
