// Finds (or installs) a font with Chinese characters, so the OCR tests can draw a Chinese scan and
// prove the eng+chi_sim path end to end. Debian's fonts-wqy-microhei is small (1.6 MB).
import { existsSync, mkdirSync, rmSync } from 'node:fs'
import path from 'node:path'
import { aptInstall, describeExit, isRoot, SetupError, succeeded, tailOfFile } from './proc.js'

const WQY_MICROHEI = '/usr/share/fonts/truetype/wqy/wqy-microhei.ttc'

/** The path of a CJK font file: $CUSTODIAN_TEST_CJK_FONT, Debian's WenQuanYi Micro Hei, or (as root) apt-get installs it. */
export async function ensureCjkFont(artifactsDir: string): Promise<string> {
  const fromEnv = process.env.CUSTODIAN_TEST_CJK_FONT
  if (fromEnv) {
    if (existsSync(fromEnv)) return fromEnv
    throw new SetupError(`CUSTODIAN_TEST_CJK_FONT=${fromEnv} does not exist`)
  }
  if (existsSync(WQY_MICROHEI)) return WQY_MICROHEI
  if (!isRoot()) {
    throw new SetupError('No Chinese font for the OCR tests. Install one with `sudo apt-get install -y fonts-wqy-microhei`.')
  }
  mkdirSync(artifactsDir, { recursive: true })
  const log = path.join(artifactsDir, 'apt-fonts.log')
  rmSync(log, { force: true })
  console.log(`No Chinese font: installing Debian's fonts-wqy-microhei with apt-get (log: ${path.relative(process.cwd(), log)})`)
  const result = await aptInstall(['fonts-wqy-microhei'], log)
  if (!succeeded(result) || !existsSync(WQY_MICROHEI)) {
    throw new SetupError(`apt-get install fonts-wqy-microhei failed (${describeExit(result)}). Last lines of ${log}:\n${tailOfFile(log)}`)
  }
  return WQY_MICROHEI
}
