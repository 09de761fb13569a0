import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { extractFields } from './extract-fields.js'

/** Issuer and jurisdiction as the whole extractor reports them (the jurisdiction leans on the issuer). */
function read(text: string): { issuer: string | null; jurisdiction: string | null } {
  const r = extractFields(text)
  return { issuer: r.issuing_authority.value, jurisdiction: r.jurisdiction.value }
}

describe('issuers named by their initials', () => {
  it('keeps an acronym in capitals', () => {
    const r = read("Objet : signalement de l'OFAC\n\nMadame, Monsieur,\nL'OFAC vous demande de retirer la page signalée.\n\nOFAC")
    assert.equal(r.issuer, 'OFAC')
  })

  it('names the issuer by the full form the document spells out for its acronym', () => {
    const fr = read(
      "From : OCLCTIC <signalement@interieur.gouv.fr>\nObjet : [OCLCTIC] retrait de contenus\n\nMadame, Monsieur,\nL'Office Central de Lutte contre la Criminalité liée aux Technologies de l'Information et de la Communication (OCLCTIC) a relevé sur votre serveur des pages illicites.\n",
    )
    assert.equal(fr.issuer, "Office Central de Lutte contre la Criminalité liée aux Technologies de l'Information et de la Communication (OCLCTIC)")
    assert.equal(fr.jurisdiction, 'FR')
    const kr = read('Hello,\nWe write to you from South Korea. The Games Rating and Administration Committee ("GRAC") rates games sold here.\nGRAC asks you to disable the sites below.\n\nKind regards,\nGRAC')
    assert.equal(kr.issuer, 'Games Rating and Administration Committee (GRAC)')
    assert.equal(kr.jurisdiction, 'KR')
  })

  it('takes a letterhead line that spells out its acronym as the whole name, without the section under it', () => {
    const r = read("MINISTÈRE DE L'INTÉRIEUR\nOFFICE ANTI-CYBERCRIMINALITÉ (OFAC)\nGroupe de la protection des mineurs\n\nRÉQUISITION\n\nNous, officier de police judiciaire, requérons la communication des données.")
    assert.equal(r.issuer, 'Office Anti-Cybercriminalité (OFAC)')
    assert.equal(r.jurisdiction, 'FR')
  })

  it('names a national CERT with the description it gives itself, and places it', () => {
    const r = read('Hi team,\n\nGreetings from SingCERT the National CERT of Singapore!\nWe found a phishing kit on your site. SingCERT and the Singapore Police Force have had complaints about it.\n\nBest,\nSingCERT')
    assert.equal(r.issuer, 'SingCERT (the National CERT of Singapore)')
    assert.equal(r.jurisdiction, 'SG')
  })
})

describe('German courts with a regional adjective', () => {
  it('names the court in the nominative with its senate, and the recipient company does not place it', () => {
    const r = read(
      '[Beschluss des Hanseatischen Oberlandesgerichts (7. Zivilsenat) vom 4. Mai 2023; Beteiligte ist die Meta Platforms Ireland Limited]\n\nHanseatisches Oberlandesgericht, Beschluss vom 4. Mai 2023\nDie Beteiligte wird verpflichtet, Auskunft über den Nutzer zu erteilen. Meta Platforms Ireland Limited trägt die Kosten.',
    )
    assert.equal(r.issuer, 'Hanseatisches Oberlandesgericht (7. Zivilsenat)')
    assert.equal(r.jurisdiction, 'DE')
    const by = read('Bayerisches Oberstes Landesgericht\nBeschluss\nin der Sache gegen Meta Platforms Ireland Limited')
    assert.equal(by.issuer, 'Bayerisches Oberstes Landesgericht')
    assert.equal(by.jurisdiction, 'DE')
  })
})

describe('European and Italian authorities', () => {
  it('reads a letter signed by a Member of the Commission as the European Commission', () => {
    const r = read('Jan Kowalski\nMember of the Commission\nBrussels, 2 February 2024\n\nDear Ms Doe,\n\nYour service is used to spread unlawful content in the EU. The Digital Services Act obliges you to act.\n')
    assert.equal(r.issuer, 'European Commission (Jan Kowalski, Member of the Commission)')
    assert.equal(r.jurisdiction, 'EU')
    const c = read('[Letter from European Commissioner Anna Nowak to the chief executive of a platform]\n\nPlease reply within 24 hours.')
    assert.match(c.issuer ?? '', /^European Commission \(Anna Nowak/)
    assert.equal(c.jurisdiction, 'EU')
  })

  it('knows the Italian data protection authority', () => {
    const r = read("[Provvedimento del Garante per la protezione dei dati personali del 2 aprile 2024 nei confronti di Example Inc.]\n\n\"limitazione provvisoria del trattamento\"")
    assert.equal(r.issuer, 'Garante per la protezione dei dati personali')
    assert.equal(r.jurisdiction, 'IT')
  })
})

describe('U.S. state issuers', () => {
  it('places a county prosecutor by the state it names, even beside federal law', () => {
    const ma = read("[Subpoena issued by the Plymouth County District Attorney's Office (Massachusetts) to a provider under Massachusetts General Laws Chapter 271, Section 17B and 18 U.S.C. 2703]")
    assert.equal(ma.issuer, "Plymouth County District Attorney's Office")
    assert.equal(ma.jurisdiction, 'US-MA')
    const ny = read("[Subpoena sent by the New York County District Attorney's Office under 18 USC 2703(c)(2)]")
    assert.equal(ny.jurisdiction, 'US-NY')
  })

  it('names a county magistrate who issued a warrant', () => {
    const r = read('[Search warrant approved by a magistrate of Henrico County, Virginia, on the application of a county police detective, directed to a provider]')
    assert.equal(r.issuer, 'Magistrate, Henrico County, Virginia')
    assert.equal(r.jurisdiction, 'US-VA')
  })
})
