/* Runs Material's own search worker (the minified file of the built site, with the lunr
   language files it imports) in Node, on the built site's search index, and prints the
   ranked pages for each query as JSON: the same code and the same ranking as in the
   browser, without a browser. Used by test_search_ranking.py.

     node search_worker.cjs SITE_DIR QUERIES_JSON_FILE
   prints {"build_ms": n, "results": {query: [{"location": ..., "score": ...}, ...]}} with one
   entry per page (Material groups a page's sections under it), best first. */
"use strict"
const fs = require("fs"), path = require("path"), vm = require("vm")

const [site, queriesFile] = process.argv.slice(2)
const workers = path.join(site, "assets", "javascripts", "workers")
const file = fs.readdirSync(workers).find(name => /^search\.[0-9a-f]+\.min\.js$/.test(name))
const context = { console, setTimeout, clearTimeout }
context.self = context
let onMessage = null, replies = []
context.addEventListener = (type, listener) => { onMessage = listener }
context.postMessage = message => replies.push(message)
context.importScripts = (...urls) => {
  for (const url of urls)
    vm.runInContext(fs.readFileSync(path.join(workers, url), "utf-8"), context, { filename: url })
}
vm.createContext(context)
vm.runInContext(fs.readFileSync(path.join(workers, file), "utf-8"), context, { filename: file })

async function send(message) {
  replies = []
  await onMessage({ data: message })
  while (!replies.length)
    await new Promise(resolve => setTimeout(resolve, 1))
  return replies[0]
}

;(async () => {
  const index = JSON.parse(fs.readFileSync(path.join(site, "search", "search_index.json"), "utf-8"))
  const queries = JSON.parse(fs.readFileSync(queriesFile, "utf-8"))
  const start = Date.now()
  await send({ type: 0, data: Object.assign(index, { options: { suggest: false } }) })
  const out = { build_ms: Date.now() - start, results: {} }
  for (const query of queries) {
    const reply = await send({ type: 2, data: query })
    out.results[query] = reply.data.items.map(group => ({
      location: group[0].location, score: group[0].score
    }))
  }
  process.stdout.write(JSON.stringify(out))
})()
