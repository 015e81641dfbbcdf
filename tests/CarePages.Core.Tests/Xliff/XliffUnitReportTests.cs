using CarePages.Core.Xliff;

namespace CarePages.Core.Tests.Xliff;

public sealed class XliffUnitReportTests
{
    [Fact]
    public void ReasonNote_UnitWithTwoProblems_CountsThemAndWritesEachInTheReadersLanguage()
    {
        var job = XliffTestJobs.OnePage("<p>Hello <strong>you</strong></p>");
        var edited = XliffTestJobs.WithTarget(Xliff12Writer.WriteToString(job), "body#1", "Bonjour <x id=\"7\"/> vous");

        var rejected = Assert.Single(Xliff12Importer.Import(edited, job).Units, u => u.Outcome == XliffUnitOutcome.Rejected);

        Assert.Equal(
            "Unit body#1: the target has inline code <x id=\"7\">, which is not in the source. Unit body#1: inline code <g id=\"1\"> (strong) is missing from the target.",
            rejected.Reason);
        Assert.Equal(
            "2 problèmes : Unité body#1 : la cible contient le code en ligne <x id=\"7\">, qui n’est pas dans le texte source. Unité body#1 : le code en ligne <g id=\"1\"> (strong) est absent de la cible.",
            rejected.ReasonNote!.In("fr-FR"));
    }

    [Fact]
    public void ReasonNote_UnitWithOneProblem_IsThatProblem()
    {
        var job = XliffTestJobs.OnePage("<p>Hello <strong>you</strong></p>");
        var edited = XliffTestJobs.WithTarget(Xliff12Writer.WriteToString(job), "body#1", "Hola usted");

        var rejected = Assert.Single(Xliff12Importer.Import(edited, job).Units, u => u.Outcome == XliffUnitOutcome.Rejected);

        Assert.Equal("Unidad body#1: falta en el destino el código en línea <g id=\"1\"> (strong).", rejected.ReasonNote!.In("es"));
    }

    [Fact]
    public void Reason_AcceptedUnit_IsNull()
    {
        var job = XliffTestJobs.OnePage("<p>Hello <strong>you</strong></p>");
        var edited = XliffTestJobs.WithTarget(Xliff12Writer.WriteToString(job), "body#1", "Hola <g id=\"1\">usted</g>");

        var accepted = Assert.Single(Xliff12Importer.Import(edited, job).Units, u => u.UnitId == "body#1");

        Assert.Equal(XliffUnitOutcome.Accepted, accepted.Outcome);
        Assert.Null(accepted.Reason);
        Assert.Null(accepted.ReasonNote);
    }
}
