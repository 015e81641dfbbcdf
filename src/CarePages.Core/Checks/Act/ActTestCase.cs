namespace CarePages.Core.Checks.Act;

/// <summary>One W3C ACT test case, as listed in <c>testcases.json</c>.</summary>
/// <param name="RuleId">The ACT rule id, e.g. <c>23a2a8</c>.</param>
/// <param name="RuleName">The rule's name.</param>
/// <param name="TestcaseId">The case's id (a hash).</param>
/// <param name="Title">E.g. "Failed Example 2".</param>
/// <param name="Expected">The expected outcome.</param>
/// <param name="Url">The case's published URL, used as the EARL subject.</param>
/// <param name="FilePath">The case file on disk.</param>
public sealed record ActTestCase(string RuleId, string RuleName, string TestcaseId, string Title, ActExpectation Expected, string Url, string FilePath);
