using System.Globalization;

namespace CarePages.Core.Tests.Readability;

/// <summary>How often a syllable counter agrees with a reference: exactly, and within one syllable.</summary>
internal sealed record SyllableAgreement(int Words, double Exact, double WithinOne)
{
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Words} words: exact {Exact:P1}, within one {WithinOne:P1}");
}
